// The site's page: one playground whose settings live in the URL hash.
import { mount } from './main';
import { DEFAULT_STATE, parseHash } from './state';

const element = document.getElementById('playground');
if (!element) throw new Error('index.html has no #playground element.');
const intro = document.getElementById('intro');
// The Playground's hideText=true hides the text around the playground.
const hideIntro = (): void => {
  if (intro) intro.hidden = parseHash(location.hash, DEFAULT_STATE).hideText;
};
hideIntro();
addEventListener('hashchange', hideIntro);
mount(element, { urlHash: true });
