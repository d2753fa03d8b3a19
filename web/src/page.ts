// The site's page: one playground whose settings live in the URL hash.
import { mount } from './main';
import { DEFAULT_STATE, parseHash } from './state';
import './page.css';

const element = document.getElementById('playground');
if (!element) throw new Error('index.html has no #playground element.');
const header = document.querySelector('body > header');
// The Playground's hideText=true hides the text around the playground, its heading too.
const hideHeader = (): void => {
  if (header instanceof HTMLElement) header.hidden = parseHash(location.hash, DEFAULT_STATE).hideText;
};
hideHeader();
addEventListener('hashchange', hideHeader);
// The lessons are beside this page (learn/): the help's links to them stay in this tab.
mount(element, { urlHash: true }, [], { lessonLinks: { site: new URL('./', location.href), newTab: false } });
