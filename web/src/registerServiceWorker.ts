// Run by every page of the built site (web/build/offline.ts puts it there): registers sw.js, which
// makes the site work offline after the first visit. Where a browser offers no service worker (a
// page not served over HTTPS or from localhost), the site works online only.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker
    .register('./sw.js')
    .catch((error: unknown) => console.warn('nnplay: this page will not work offline:', error));
}
