// YAML as the lesson files use it (front matter, widget blocks), with errors that say where.
import { parse } from 'yaml';

/** `text` as YAML; `where` names it in the error ("its front matter"). */
export function parseYaml(text: string, where: string, fail: (problem: string) => never): unknown {
  try {
    return parse(text);
  } catch (error) {
    return fail(`${where} is not YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
