// The mount() test page (tests/browser/pages/mount.html, not part of the site), served from the
// sources by Vite's dev server, for tests that mount playgrounds with a configuration of their own.
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { openPage } from './site.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Starts the server before the file's tests and stops it after them; returns what opens the page. */
export function serveMountPage() {
  let server;
  before(async () => {
    server = await createServer({
      configFile: `${repo}web/vite.config.ts`,
      // The repository as root serves both the test page and web/src/.
      root: repo,
      server: { port: 0, watch: null, hmr: false },
      optimizeDeps: { entries: ['tests/browser/pages/mount.html'] },
      logLevel: 'warn',
    });
    await server.listen();
  });
  after(async () => {
    await server?.close();
  });
  /** Opens the test page (openPage's options) and waits until it offers `mount`. */
  return async function openMountPage(options = {}) {
    const opened = await openPage(new URL('tests/browser/pages/mount.html', server.resolvedUrls.local[0]).href, options);
    await opened.page.waitForFunction(() => typeof globalThis.mount === 'function');
    return opened;
  };
}
