// The course page's recorder (a classic script, so it runs before the widgets start): the element's
// events, the frame's messages, the iframe client, and every Content-Security-Policy violation.
globalThis.elementEvents = [];
globalThis.frameMessages = [];
globalThis.frameEvents = [];
globalThis.violations = [];
for (const type of ['ready', 'epoch', 'goalReached', 'diverged', 'error']) {
  document.addEventListener(type, (event) => event.target.localName === 'nnplay-playground' && globalThis.elementEvents.push({ type, detail: event.detail }), true);
}
document.addEventListener('securitypolicyviolation', (event) => globalThis.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
addEventListener('message', (event) => {
  if (event.source === document.getElementById('frame')?.contentWindow) globalThis.frameMessages.push(event.data);
});
import('./nnplay-embed.js').then(({ NnplayFrame }) => {
  globalThis.widget = new NnplayFrame(document.getElementById('frame'));
  for (const name of ['ready', 'epoch', 'goalReached', 'diverged', 'error']) {
    globalThis.widget.on(name, (detail) => globalThis.frameEvents.push({ type: name, detail }));
  }
});
