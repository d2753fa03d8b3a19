// Loads a page module under Node: vite bundles it with what it imports (types stripped) into one
// ES module, imported from a data: URL. Modules that import the engine's values cannot be loaded.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The exports of web/src/`path`. */
export async function load(path) {
  const entry = fileURLToPath(new URL(`../../web/src/${path}`, import.meta.url));
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'module' } },
  });
  const [output] = (Array.isArray(result) ? result[0] : result).output;
  return import(`data:text/javascript,${encodeURIComponent(output.code)}`);
}
