// What every part of a playground implements: each method is optional, and mount() calls them.
// A new feature (goals, a timeline, the step microscope, a model file, metrics) is a new Part.
import type { PlaygroundConfig } from '../config';
import type { MapTools } from '../map/mapTools';
import type { Frame } from '../protocol';
import type { PlaygroundState } from '../state';
import type { EngineClient } from './engineClient';
import type { Events } from './events';
import type { Locks } from './locks';
import type { Settings } from './settings';
import type { RunEvent, Training } from './training';

export interface Part {
  /** The configuration, at the start and whenever the host replaces it (its goals, say). */
  configure?(config: Readonly<PlaygroundConfig>): void;
  /** The settings changed (and once at the start): show them, with the controls `locks` hides or locks. */
  show?(state: Readonly<PlaygroundState>, locks: Locks): void;
  /** A frame arrived from the worker; called for every frame, drawn or not (the loss chart keeps each). */
  receive?(frame: Frame): void;
  /** Draws the newest frame: at most once per display frame, and again after a change of view. */
  draw?(frame: Frame, state: Readonly<PlaygroundState>): void;
  /** Training started, paused, stepped, was reset, rebuilt or stopped, or got new data. */
  run?(event: RunEvent): void;
  destroy?(): void;
}

/**
 * What a part may use: the settings to read and change, the training commands, the engine, the
 * events it may emit, the output map's pointer and overlays, and the live region.
 */
export interface PartContext {
  settings: Settings;
  training: Training;
  engine: EngineClient;
  events: Events;
  map: MapTools;
  /** Says `text` through the playground's one live region (what a pointer user sees happen). */
  announce(text: string): void;
}
