// A plain node:http static file server, as a course's web host runs one (not Vite): it sends each
// file with its content type and nothing else unless a route adds headers. The browser tests of the
// built site, the embed, the element and the Share dialog serve their pages with it.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/** The content type of a file named `path`. */
export const contentType = (path) => CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';

/**
 * Starts a server on a free local port. `route(path)` (the decoded path of each request) answers
 * with a file URL (sent with its content type, 404 when missing), `{ body, type?, headers? }`,
 * 'drop' (the connection is cut, as from a server that is gone), or null (404).
 * Returns the server's origin ("http://127.0.0.1:PORT") and `close()`.
 */
export async function serveStatic(route) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://server').pathname);
    const answer = await route(path);
    if (answer === 'drop') return request.socket.destroy();
    const file = answer instanceof URL ? answer : null;
    const body = file ? await readFile(file).catch(() => null) : answer?.body;
    if (body === undefined || body === null) return response.writeHead(404).end();
    const type = answer.type ?? contentType(file ? file.pathname : path);
    response.writeHead(200, { 'content-type': type, ...answer.headers }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}
