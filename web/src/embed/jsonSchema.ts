// A checker for the subset of JSON Schema (draft 2020-12) that docs/nnplay-config.schema.json uses,
// with messages a course author can act on: "config.state.learningRate must be a number from 0 to
// 100, not "fast"". Pure, no imports of values. A keyword it does not know is an error of the
// schema, not of the value (tests/web/validate.test.mjs checks the schema file uses only these).

export interface Schema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, Schema>;
  title?: string;
  description?: string;
  type?: string;
  enum?: readonly unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  required?: string[];
  oneOf?: Schema[];
  if?: Schema;
  then?: Schema;
}

/** Every keyword the checker reads (annotations included). */
export const KEYWORDS: readonly string[] = [
  '$schema', '$id', '$ref', '$defs', 'title', 'description', 'type', 'enum', 'const', 'minimum', 'maximum', 'maxLength',
  'items', 'minItems', 'maxItems', 'uniqueItems', 'properties', 'additionalProperties', 'required', 'oneOf', 'if', 'then',
];

/** A value longer than this is cut in a message. */
const SHOWN_CHARS = 40;

/** `value` as JSON, cut when long. */
function shown(value: unknown): string {
  const json = typeof value === 'number' && !Number.isFinite(value) ? undefined : JSON.stringify(value);
  const text = value === undefined ? 'nothing' : (json ?? String(value));
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
};

/** What `schema` takes, in words: "a number from 0 to 100", "one of "relu", "tanh"". */
export function expected(schema: Schema): string {
  if (schema.enum) return `one of ${schema.enum.map(shown).join(', ')}`;
  if ('const' in schema) return shown(schema.const);
  const kind = schema.type ? TYPE_WORDS[schema.type]! : '';
  const { minimum: low, maximum: high } = schema;
  if (low !== undefined && high !== undefined) return `${kind} from ${low} to ${high}`;
  const bound = low !== undefined ? `at least ${low}` : high !== undefined ? `at most ${high}` : '';
  if (schema.maxLength !== undefined) return `${kind} of at most ${schema.maxLength} characters`;
  return [kind, bound].filter(Boolean).join(' of ') || 'anything';
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : Number.isFinite(value) ? 'number' : 'not a finite number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** `path` and then `key`: `.key` for a name, `["a b"]` otherwise. */
const child = (path: string, key: string): string => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

/** The schema `#/$defs/name` names, within `root`. */
function resolve(root: Schema, ref: string): Schema {
  const name = ref.replace(/^#\/\$defs\//, '');
  const target = root.$defs?.[name];
  if (!target) throw new Error(`The schema has no definition ${ref}`);
  return target;
}

/** The messages of everything wrong with `value` (called `path`) under `schema`; none when it conforms. */
export function check(schema: Schema, root: Schema, value: unknown, path: string): string[] {
  const unknown = Object.keys(schema).filter((keyword) => !KEYWORDS.includes(keyword));
  if (unknown.length > 0) throw new Error(`The schema uses keywords this checker does not know: ${unknown.join(', ')}`);
  if (schema.$ref) return check(resolve(root, schema.$ref), root, value, path);
  const wrong = `${path} must be ${expected(schema)}, not ${shown(value)}`;
  if (schema.type && !hasType(value, schema.type)) return [wrong];
  if (schema.enum && !schema.enum.includes(value)) return [wrong];
  if ('const' in schema && schema.const !== value) return [wrong];
  if (typeof value === 'number' && ((schema.minimum ?? -Infinity) > value || (schema.maximum ?? Infinity) < value)) return [wrong];
  if (typeof value === 'string' && value.length > (schema.maxLength ?? Infinity)) return [wrong];
  const errors = Array.isArray(value) ? checkList(schema, root, value, path) : [];
  if (typeOf(value) === 'object') errors.push(...checkObject(schema, root, value as Record<string, unknown>, path));
  if (schema.oneOf) {
    const matching = schema.oneOf.filter((branch) => check(branch, root, value, path).length === 0).length;
    if (matching !== 1) errors.push(`${path} must have exactly one of ${schema.oneOf.map(describeBranch).join(', ')}`);
  }
  if (schema.if && check(schema.if, root, value, path).length === 0 && schema.then) errors.push(...check(schema.then, root, value, path));
  return errors;
}

/** How a branch of oneOf reads in a message: the keys it requires. */
function describeBranch(branch: Schema): string {
  if (!branch.required || Object.keys(branch).length !== 1) throw new Error('The checker reads oneOf branches of "required" only');
  return branch.required.join(' and ');
}

function checkList(schema: Schema, root: Schema, list: readonly unknown[], path: string): string[] {
  const errors: string[] = [];
  if (list.length < (schema.minItems ?? 0)) errors.push(`${path} must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}, not ${list.length}`);
  if (list.length > (schema.maxItems ?? Infinity)) errors.push(`${path} must have at most ${schema.maxItems} items, not ${list.length}`);
  if (schema.uniqueItems) {
    const repeated = list.filter((item, i) => list.findIndex((other) => JSON.stringify(other) === JSON.stringify(item)) < i);
    if (repeated.length > 0) errors.push(`${path} must not repeat ${[...new Set(repeated.map(shown))].join(', ')}`);
  }
  if (schema.items) list.forEach((item, i) => errors.push(...check(schema.items!, root, item, `${path}[${i}]`)));
  return errors;
}

function checkObject(schema: Schema, root: Schema, object: Record<string, unknown>, path: string): string[] {
  const errors: string[] = [];
  const properties = schema.properties ?? {};
  for (const key of schema.required ?? []) {
    if (!(key in object)) errors.push(`${child(path, key)} is missing`);
  }
  for (const [key, value] of Object.entries(object)) {
    const property = properties[key];
    if (property) errors.push(...check(property, root, value, child(path, key)));
    else if (schema.additionalProperties === false) {
      errors.push(`${child(path, key)} is not a key of ${path}, which takes ${Object.keys(properties).join(', ')}`);
    }
  }
  return errors;
}
