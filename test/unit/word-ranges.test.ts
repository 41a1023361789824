import { describe, expect, it } from 'vitest';
import { isWordCode } from '../../lib/engine/normalize';

describe('generated word-character table', () => {
  it('agrees with the engine’s Unicode letters, digits and marks for every BMP code point', () => {
    const word = /[\p{L}\p{N}\p{M}]/u;
    const disagreements: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (isWordCode(code) !== word.test(String.fromCharCode(code))) disagreements.push(code.toString(16));
    }
    // If this fails after a Node upgrade, regenerate with: npx tsx scripts/gen-word-ranges.ts
    expect(disagreements).toEqual([]);
  });

  it('treats surrogates as word characters', () => {
    expect(isWordCode(0xd835)).toBe(true);
  });
});
