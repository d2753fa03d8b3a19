// Run by every page of the built site (web/build/offline.ts puts it there): registers sw.js, which
// makes the site work offline after the first visit. The page's <meta name="nnplay-service-worker">
// says where sw.js is from that page (../sw.js from learn/): one service worker, at the site's root,
// for every page. Where a browser offers no service worker (a page not served over HTTPS or from
// localhost), the site works online only.
const serviceWorker = document.querySelector<HTMLMetaElement>('meta[name="nnplay-service-worker"]')?.content;
if (serviceWorker && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(serviceWorker).catch((error: unknown) => console.warn('nnplay: this page will not work offline:', error));
}
