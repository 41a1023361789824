/** The toolbar and store icons (scripts/make-icons.ts): every size the manifest needs, at its size. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons', () => {
  it.each([16, 32, 48, 128])('public/icon/%i.png is %i px square', (size) => {
    expect(pngSize(`public/icon/${size}.png`)).toEqual({ width: size, height: size });
  });
});
