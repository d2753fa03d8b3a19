// web/src/share/snippets.ts: the Share / Embed dialog's configuration, links and snippets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { shareConfig, playgroundLink, embedLink, elementScript, iframeSnippet, elementSnippet, attributeValue } = await load('share/snippets.ts');
const { DEFAULT_STATE, serialiseHash } = await load('state.ts');
const { readEmbedHash } = await load('embed/embedHash.ts');

const NOTHING_CHOSEN = { hidden: [], locked: [], goals: [], hideText: false, keepSeed: false };
const GOAL = { metric: 'testLoss', atMost: 0.05, withinEpochs: 300, message: "Well done, that's it" };

test('the embed keeps only the settings that differ from the defaults, the seed when asked, and the choices', () => {
  const state = {
    ...DEFAULT_STATE,
    dataset: 'xor',
    networkShape: [3],
    learningRate: 0.1,
    seed: '0.12345',
    // What the site's own link hides is not the embed's: the author chooses again in the dialog.
    hidden: ['speed'],
  };
  const config = shareConfig(state, { hidden: ['noise'], locked: ['learningRate', 'noise'], goals: [GOAL], hideText: true, keepSeed: true });
  assert.deepEqual(config, {
    version: 1,
    state: { dataset: 'xor', networkShape: [3], learningRate: 0.1, seed: '0.12345', hidden: ['noise'], hideText: true },
    // noise is hidden, and a hidden control is only hidden.
    locked: ['learningRate'],
    goals: [GOAL],
  });
  assert.deepEqual(shareConfig(DEFAULT_STATE, NOTHING_CHOSEN), { version: 1, state: {} });
  assert.deepEqual(shareConfig({ ...DEFAULT_STATE, dataSeed: '0.777' }, { ...NOTHING_CHOSEN, keepSeed: true }).state, {
    seed: DEFAULT_STATE.seed,
    dataSeed: '0.777',
  });
});

test('the embed link is embed.html beside the page, wherever the site is, with the locks and goals in its hash', () => {
  const config = { version: 1, state: { dataset: 'xor' }, locked: ['noise'], goals: [GOAL] };
  // encodeURIComponent keeps the apostrophe and encodes the space (%20) and the comma (%2C).
  const hash = "dataset=xor&noise_lock=true&goal=testLoss,atMost,0.05,300,Well%20done%2C%20that's%20it";
  for (const page of ['https://uni.example/courses/ml/nnplay/', 'https://uni.example/courses/ml/nnplay/index.html#dataset=spiral']) {
    assert.equal(embedLink(page, config), `https://uni.example/courses/ml/nnplay/embed.html#${hash}`);
  }
  assert.equal(elementScript('https://uni.example/courses/ml/nnplay/index.html'), 'https://uni.example/courses/ml/nnplay/nnplay-element.js');
});

test('the embed link reads back as the configuration the dialog built', () => {
  const state = { ...DEFAULT_STATE, problem: 'regression', regDataset: 'multigauss', features: ['x', 'sinY'], networkShape: [], seed: '0.5' };
  const goals = [GOAL, { metric: 'testAccuracy', atLeast: 0.9 }, { metric: 'epoch', atLeast: 50, message: 'a, b, and c' }];
  const config = shareConfig(state, { hidden: ['playButton', 'x'], locked: ['activation', 'weights'], goals, hideText: false, keepSeed: true });
  const link = embedLink('https://example.org/nnplay/', config);
  const { config: read, refused } = readEmbedHash(new URL(link).hash);
  assert.deepEqual(refused, []);
  const { version: _, ...described } = config;
  assert.deepEqual(read, described);
});

test('the playground link is the page with the whole state in its hash, as the address bar has it', () => {
  const state = { ...DEFAULT_STATE, dataset: 'spiral' };
  assert.equal(playgroundLink('https://example.org/nnplay/#dataset=xor', state), `https://example.org/nnplay/#${serialiseHash(state)}`);
  assert.match(playgroundLink('https://example.org/nnplay/', state), /^https:\/\/example\.org\/nnplay\/#activation=tanh&.*dataset=spiral&/);
});

test('attribute values escape the ampersand and their own quote only', () => {
  assert.equal(attributeValue(`a&b "c" 'd'`, '"'), `a&amp;b &quot;c&quot; 'd'`);
  assert.equal(attributeValue(`a&b "c" 'd'`, "'"), `a&amp;b "c" &#39;d&#39;`);
});

test('the iframe snippet and the custom-element snippet', () => {
  assert.equal(
    iframeSnippet('https://example.org/embed.html#dataset=xor&noise_lock=true'),
    '<iframe src="https://example.org/embed.html#dataset=xor&amp;noise_lock=true" title="nnplay: a neural network playground" width="100%" height="1000"></iframe>',
  );
  const config = { version: 1, state: {}, goals: [{ metric: 'epoch', atLeast: 10, message: "Don't stop & <go on>" }] };
  assert.equal(
    elementSnippet('https://example.org/nnplay-element.js', config),
    '<script type="module" src="https://example.org/nnplay-element.js"></script>\n' +
      `<nnplay-playground config='{"version":1,"state":{},"goals":[{"metric":"epoch","atLeast":10,"message":"Don&#39;t stop &amp; <go on>"}]}'></nnplay-playground>`,
  );
});
