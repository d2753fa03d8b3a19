// The page's check of a configuration (an object from a host page, a custom element's attribute, a
// lesson): docs/nnplay-config.schema.json is the one description of version 1, read here as it is.
import schemaFile from '../../../docs/nnplay-config.schema.json';
import type { PlaygroundConfig } from '../config';
import { check, type Schema } from './jsonSchema';

export const CONFIG_SCHEMA: Schema = schemaFile;

export type Validated = { config: PlaygroundConfig; errors: [] } | { config: null; errors: string[] };

/**
 * `value` as a configuration (a copy), or every way it breaks the schema, each message naming where:
 * `config.state.learningRate must be a number from 0 to 100, not "fast"`.
 */
export function validateConfig(value: unknown): Validated {
  const errors = check(CONFIG_SCHEMA, CONFIG_SCHEMA, value, 'config');
  return errors.length > 0 ? { config: null, errors } : { config: structuredClone(value) as PlaygroundConfig, errors: [] };
}
