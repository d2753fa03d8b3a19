// Run by every page of the built site (web/build/offline.ts puts it there): registers sw.js, which
// makes the site work offline after the first visit. The page's <meta name="nnplay-service-worker">
// says where sw.js is from that page (../sw.js from learn/): one service worker, at the site's root,
// for every page. Where a browser offers no service worker (a page not served over HTTPS or from
// localhost), the site works online only.
const serviceWorker = document.querySelector<HTMLMetaElement>('meta[name="nnplay-service-worker"]')?.content;
if (serviceWorker && 'serviceWorker' in navigator) {
  const register = (): void => {
    navigator.serviceWorker.register(serviceWorker).catch((error: unknown) => console.warn('nnplay: this page will not work offline:', error));
  };
  // The service worker fetches the whole site as it installs: only once the page has started. That
  // is once the training workers its scripts started have shown their first frame, else once it has
  // loaded and the browser is idle.
  const starting: Promise<void>[] = [];
  // app/engineWorker.ts's WORKER_STARTING, copied: imported, it would be a file of its own for every page to fetch.
  const started = (event: Event): void => void starting.push((event as CustomEvent<Promise<void>>).detail);
  document.addEventListener('nnplay-worker-starting', started);
  addEventListener(
    'load',
    () => {
      document.removeEventListener('nnplay-worker-starting', started);
      if (starting.length > 0) void Promise.all(starting).then(register);
      else if ('requestIdleCallback' in window) requestIdleCallback(register);
      else register();
    },
    { once: true },
  );
}
