// web/src/figure/pngDensity.ts: the pHYs chunk that makes the figure's PNG print at its size,
// checked against zlib's CRC-32 and a PNG put together here by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';
import { load } from './load.mjs';

const { crc32, withPixelDensity } = await load('figure/pngDensity.ts');

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlibCrc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A 1×1 white PNG, with the chunks `extra` between its header and its pixels. */
function png(extra = []) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const pixels = deflateSync(Buffer.from([0, 255, 255, 255])); // filter 0, one pixel
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), ...extra, chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]));
}

/** The chunks of `bytes`: type, data, and whether its CRC is right. */
function chunks(bytes) {
  const buffer = Buffer.from(bytes);
  const out = [];
  for (let at = 8; at < buffer.length; ) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const data = buffer.subarray(at + 8, at + 8 + length);
    const crcRight = buffer.readUInt32BE(at + 8 + length) === zlibCrc32(buffer.subarray(at + 4, at + 8 + length));
    out.push({ type, data, crcRight });
    at += 12 + length;
  }
  return out;
}

test('crc32 is the CRC-32 of PNG and zlib', () => {
  // The check value of CRC-32 (ISO 3309) over "123456789".
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
  const bytes = new Uint8Array(Array.from({ length: 1000 }, (_, i) => (i * 7919) % 256));
  assert.equal(crc32(bytes), zlibCrc32(bytes));
});

test('a pHYs chunk of the pixels per metre of the dpi follows the header; the rest is unchanged', () => {
  const original = png();
  const marked = chunks(withPixelDensity(original, 384));
  assert.deepEqual(marked.map((c) => c.type), ['IHDR', 'pHYs', 'IDAT', 'IEND']);
  assert.ok(marked.every((c) => c.crcRight));
  // 384 pixels per inch / 0.0254 m per inch = 15118.1 pixels per metre, both ways; unit 1: the metre.
  const density = marked[1].data;
  assert.deepEqual([density.readUInt32BE(0), density.readUInt32BE(4), density[8]], [15118, 15118, 1]);
  const without = marked.filter((c) => c.type !== 'pHYs').map((c) => c.data);
  assert.deepEqual(without, chunks(original).map((c) => c.data));
  assert.equal(Buffer.from(withPixelDensity(original, 384)).subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
});

test('a PNG that already says its density gets the new one instead', () => {
  const old = Buffer.alloc(9);
  old.writeUInt32BE(2835, 0); // 72 dpi
  old.writeUInt32BE(2835, 4);
  old[8] = 1;
  const marked = chunks(withPixelDensity(png([chunk('pHYs', old)]), 300));
  assert.deepEqual(marked.map((c) => c.type), ['IHDR', 'pHYs', 'IDAT', 'IEND']);
  // 300 / 0.0254 = 11811.02.
  assert.equal(marked[1].data.readUInt32BE(0), 11811);
});
