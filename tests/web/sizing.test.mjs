// web/src/embed/sizing.ts: each new height of the widget is posted twice (nnplay's message and the
// LTI one), in whole pixels rounded up, and a height already posted is not posted again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { HeightReporter } = await load('embed/sizing.ts');

test('a new height is posted as nnplay\'s resize and as lti.frameResize, rounded up; a repeat is not', () => {
  const posted = [];
  const reporter = new HeightReporter((message) => posted.push(message));
  reporter.report(812.2); // ceil(812.2) = 813
  reporter.report(812.9); // ceil is 813 again: nothing
  reporter.report(640); // smaller: the frame may shrink
  assert.deepEqual(posted, [
    { nnplay: 1, type: 'resize', height: 813 },
    { subject: 'lti.frameResize', height: 813 },
    { nnplay: 1, type: 'resize', height: 640 },
    { subject: 'lti.frameResize', height: 640 },
  ]);
});
