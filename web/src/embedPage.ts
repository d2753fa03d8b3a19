// The embed page (embed.html#...): the widget alone, as wide as its frame, configured by the URL hash
// (docs/embedding.md). In a frame it answers the host-page API and tells the host its height. Its
// worker starts first, the rest of the playground's script is loaded after (app/engineWorker.ts).
import { afterATask, startWorker } from './app/engineWorker';
import { installBridge, IgnoredMessages } from './embed/bridge';
import { readEmbedHash } from './embed/embedHash';
import { installSizing } from './embed/sizing';
import './embed/embed.css';

const element = document.getElementById('playground');
if (!element) throw new Error('embed.html has no #playground element.');
const worker = startWorker();
void import('./main')
  .then(afterATask)
  .then(({ mount }) => {
    const { config, refused } = readEmbedHash(location.hash);
    // The lessons are beside this page (learn/); a link opens them in a new tab, leaving the course page that shows this one.
    const playground = mount(element, { ...config, urlHash: false }, refused, { lessonLinks: { site: new URL('./', location.href), newTab: true }, worker });
    // A host that changes only the hash of the frame's address does not reload the page: the widget takes the new preset.
    addEventListener('hashchange', () => playground.setConfig(readEmbedHash(location.hash).config));
    if (window.parent !== window) {
      installBridge(playground, window, window.parent, new IgnoredMessages((line) => console.debug(line)));
      installSizing(document.documentElement, window.parent);
    }
  });
