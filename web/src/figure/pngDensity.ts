// A PNG's pixel density: the pHYs chunk that tells slide and word processors how large the image is
// printed (without it they assume 72 or 96 pixels to the inch, and a 4× image comes out 4× too big).
// Canvas's toBlob writes none. Pure.

const SIGNATURE_LENGTH = 8;
const METRES_PER_INCH = 0.0254;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 that PNG chunks carry (ISO 3309, as zlib's crc32). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** `png` with a pHYs chunk of `dpi` pixels per inch right after its header (any earlier pHYs dropped). */
export function withPixelDensity(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const pixelsPerMetre = Math.round(dpi / METRES_PER_INCH);
  const density = new Uint8Array(9);
  new DataView(density.buffer).setUint32(0, pixelsPerMetre);
  new DataView(density.buffer).setUint32(4, pixelsPerMetre);
  density[8] = 1; // the unit is the metre
  const parts: Uint8Array[] = [png.subarray(0, SIGNATURE_LENGTH)];
  for (let at = SIGNATURE_LENGTH; at + 12 <= png.length; ) {
    const end = at + 12 + view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type !== 'pHYs') parts.push(png.subarray(at, end));
    if (type === 'IHDR') parts.push(chunk('pHYs', density));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (out.set(part, offset), offset + part.length), 0);
  return out;
}
