// web/src/fileSize.ts: a file over its limit is refused by its size, saying how large it is and
// the limit; one at the limit passes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { checkFileSize, MAX_MODEL_FILE_BYTES, MAX_CSV_FILE_BYTES } = await load('fileSize.ts');

test('a file over the limit is refused with its size and the limit, one at the limit is read', () => {
  assert.throws(() => checkFileSize(100 * 1024 * 1024, MAX_MODEL_FILE_BYTES, 'a model file'), {
    message: 'it is 100 MB, and a model file is at most 10 MB',
  });
  assert.throws(() => checkFileSize(80 * 1024 * 1024, MAX_CSV_FILE_BYTES, 'a CSV file'), {
    message: 'it is 80 MB, and a CSV file is at most 64 MB',
  });
  assert.throws(() => checkFileSize(2.5 * 1024 * 1024, 1024 * 1024, 'a thing'), { message: 'it is 2.5 MB, and a thing is at most 1.0 MB' });
  checkFileSize(MAX_MODEL_FILE_BYTES, MAX_MODEL_FILE_BYTES, 'a model file');
  checkFileSize(0, MAX_CSV_FILE_BYTES, 'a CSV file');
});
