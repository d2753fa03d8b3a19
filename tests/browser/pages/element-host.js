// The test host page's recorder: every event of an nnplay-playground (caught on its way down, so
// before any listener of the element) and every Content-Security-Policy violation of the page.
globalThis.events = [];
globalThis.violations = [];
for (const type of ['ready', 'epoch', 'goalReached', 'diverged', 'error']) {
  document.addEventListener(
    type,
    (event) => {
      if (event instanceof CustomEvent && event.target.localName === 'nnplay-playground') {
        globalThis.events.push({ id: event.target.id, type, detail: event.detail });
      }
    },
    true,
  );
}
document.addEventListener('securitypolicyviolation', (event) => {
  globalThis.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
