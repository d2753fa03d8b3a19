// The custom element's attributes: `config` (the whole configuration as JSON) and one attribute per
// setting of the schema's `state`, its name in kebab case (learningRate → learning-rate), with
// `hide` for state.hidden (HTML's own `hidden` would hide the element) and `lock` for `locked`.
// They are read from docs/nnplay-config.schema.json, so a new setting gets its attribute; the
// validator checks what they say. Pure.
import type { Schema } from '../embed/jsonSchema';
import { CONFIG_SCHEMA, validateConfig, type Validated } from '../embed/validate';

export interface SettingAttribute {
  name: string;
  /** The configuration's field: a key of `state`, or `locked`. */
  key: string;
  schema: Schema;
}

const RENAMED: Readonly<Record<string, string>> = { hidden: 'hide', locked: 'lock' };
const attributeName = (key: string): string => RENAMED[key] ?? key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const stateSchemas = Object.entries(CONFIG_SCHEMA.properties?.state?.properties ?? {});
const lockedSchema = CONFIG_SCHEMA.properties?.locked ?? {};

export const SETTING_ATTRIBUTES: readonly SettingAttribute[] = [
  ...stateSchemas.map(([key, schema]) => ({ name: attributeName(key), key, schema })),
  { name: attributeName('locked'), key: 'locked', schema: lockedSchema },
];

/** Every attribute the element reads. */
export const ATTRIBUTE_NAMES: readonly string[] = ['config', ...SETTING_ATTRIBUTES.map((attribute) => attribute.name)];

/**
 * An attribute's text as the value `schema` describes: a list separated by commas or spaces, a
 * number, a boolean (present or "true"; "false"), a member of an enum. Text it cannot read is
 * kept as it is, for the validator to name.
 */
export function attributeValue(text: string, schema: Schema): unknown {
  if (schema.type === 'array') return text.split(/[\s,]+/).filter((item) => item !== '').map((item) => attributeValue(item, schema.items ?? {}));
  if (schema.type === 'boolean') return text === '' || text === 'true' ? true : text === 'false' ? false : text;
  if (schema.type === 'number' || schema.type === 'integer') {
    const number = Number(text);
    return text.trim() !== '' && Number.isFinite(number) ? number : text;
  }
  return schema.enum?.find((member) => String(member) === text) ?? text;
}

/** The configuration one setting attribute says. */
function settingConfig(attribute: SettingAttribute, text: string): unknown {
  const value = attributeValue(text, attribute.schema);
  return attribute.key === 'locked' ? { locked: value } : { state: { [attribute.key]: value } };
}

/** The `config` attribute's configuration, or what is wrong with it. */
function configAttribute(text: string | null): Validated {
  if (text === null || text.trim() === '') return { config: {}, errors: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { config: null, errors: [`config is not JSON: ${(error as Error).message}`] };
  }
  return validateConfig(value);
}

/**
 * The element's configuration: its `config` attribute with the setting attributes over it (an
 * attribute wins over the same field of `config`); `urlHash` is dropped, as a page may hold several
 * elements and the address bar is the page's. Or every error, each naming its attribute.
 */
export function elementConfig(attribute: (name: string) => string | null): Validated {
  const base = configAttribute(attribute('config'));
  const errors = [...base.errors];
  const state: Record<string, unknown> = {};
  let locked: unknown;
  for (const setting of SETTING_ATTRIBUTES) {
    const text = attribute(setting.name);
    if (text === null) continue;
    const checked = validateConfig(settingConfig(setting, text));
    if (!checked.config) errors.push(...checked.errors.map((message) => `${setting.name}="${text}": ${message}`));
    else if (setting.key === 'locked') locked = checked.config.locked;
    else Object.assign(state, checked.config.state);
  }
  if (!base.config || errors.length > 0) return { config: null, errors };
  const { urlHash: _, ...config } = base.config;
  return validateConfig({ ...config, state: { ...config.state, ...state }, ...(locked === undefined ? {} : { locked }) });
}
