// The full playground's Share / Embed button (key `share`, which hides or locks it): it opens the
// dialog for the experiment on screen. Embeds and lessons have none: mount() adds this part only to
// a playground whose settings live in the address bar.
import type { Locks } from '../app/locks';
import type { Part } from '../app/part';
import type { Settings } from '../app/settings';
import type { PlaygroundConfig } from '../config';
import type { PlaygroundState } from '../state';
import { applyLock, button } from '../widgets';
import { ShareDialog } from './shareDialog';

export class SharePart implements Part {
  private readonly button: HTMLButtonElement;
  private dialog: ShareDialog | null = null;
  private config: Readonly<PlaygroundConfig> = {};

  /** The button goes into `parent`, the dialog (made at the first click) into `dialogParent`. */
  constructor(parent: HTMLElement, dialogParent: HTMLElement, settings: Settings) {
    this.button = button(parent, 'Share / Embed', () => {
      this.dialog ??= new ShareDialog(dialogParent, () => location.href);
      this.dialog.open(settings.get(), this.config);
    });
    this.button.classList.add('nnplay-share-button');
  }

  configure(config: Readonly<PlaygroundConfig>): void {
    this.config = config;
  }

  show(_state: Readonly<PlaygroundState>, locks: Locks): void {
    applyLock(this.button, 'share', locks);
  }

  destroy(): void {
    this.dialog?.destroy();
  }
}
