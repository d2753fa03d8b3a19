// The site's page: one playground whose settings live in the URL hash. Its worker starts first, the
// rest of the playground's script is loaded after (app/engineWorker.ts).
import { afterATask, startWorker } from './app/engineWorker';
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
const worker = startWorker();
// The lessons are beside this page (learn/): the help's links to them stay in this tab.
void import('./main')
  .then(afterATask)
  .then(({ mount }) => mount(element, { urlHash: true }, [], { lessonLinks: { site: new URL('./', location.href), newTab: false }, worker }));
