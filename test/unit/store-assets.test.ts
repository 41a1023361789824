/** The store submission's pure helpers (scripts/store-assets.ts): image sizes and build comparison. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareListings,
  type ListedFile,
  listingsMatch,
  type ManifestLike,
  manifestGrants,
  PROMO_TILE_SIZE,
  pngSize,
  SCREENSHOT_SIZE,
  STORE_IMAGES,
  storeImageProblem,
  undocumentedGrants,
} from '../../scripts/store-assets';

/** The first 24 bytes of a PNG: signature, IHDR length and type, width and height. */
function pngHeader(width: number, height: number, chunk = 'IHDR'): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set(
    [...chunk].map((c) => c.charCodeAt(0)),
    12,
  );
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('store images', () => {
  it('are the sizes the Chrome Web Store asks for', () => {
    expect(SCREENSHOT_SIZE).toEqual({ width: 1280, height: 800 });
    expect(PROMO_TILE_SIZE).toEqual({ width: 440, height: 280 });
    const screenshots = STORE_IMAGES.filter((spec) => spec.file.startsWith('screenshot-'));
    // The store takes 1 to 5 screenshots.
    expect(screenshots.length).toBeGreaterThanOrEqual(3);
    expect(screenshots.length).toBeLessThanOrEqual(5);
    for (const spec of screenshots) expect({ width: spec.width, height: spec.height }).toEqual(SCREENSHOT_SIZE);
    expect(new Set(STORE_IMAGES.map((spec) => spec.file)).size).toBe(STORE_IMAGES.length);
  });

  it('reads a PNG size from its header, and refuses what is not a PNG', () => {
    expect(pngSize(pngHeader(1280, 800))).toEqual({ width: 1280, height: 800 });
    expect(() => pngSize(new TextEncoder().encode('GIF89a and then some more bytes'))).toThrow(/not a PNG/);
    expect(() => pngSize(pngHeader(1, 1, 'IDAT'))).toThrow(/IDAT/);
    expect(pngSize(readFileSync('public/icon/48.png'))).toEqual({ width: 48, height: 48 });
  });

  it('names the wrong size', () => {
    const card = STORE_IMAGES[0]!;
    expect(storeImageProblem(card, pngHeader(1280, 800))).toBeUndefined();
    expect(storeImageProblem(card, pngHeader(2560, 1600))).toBe(`${card.file}: 2560×1600, the store needs 1280×800`);
    expect(storeImageProblem(card, new Uint8Array(10))).toBe(`${card.file}: not a PNG file`);
  });

  // After `npm run screenshots` (or `npm run store:images`), the real files: each at its exact size.
  const written = join('.output', 'store');
  it.runIf(existsSync(written) && readdirSync(written).length > 0)('in .output/store/ are each at their exact size', () => {
    for (const spec of STORE_IMAGES) expect(storeImageProblem(spec, readFileSync(join(written, spec.file)))).toBeUndefined();
  });
});

describe('compareListings', () => {
  const file = (size: number, sha256: string): ListedFile => ({ size, sha256 });
  const shipped = new Map([
    ['manifest.json', file(10, 'a')],
    ['background.js', file(20, 'b')],
    ['icon/16.png', file(5, 'c')],
  ]);

  it('finds two identical builds the same', () => {
    const difference = compareListings(shipped, new Map(shipped));
    expect(difference).toEqual({ onlyInFirst: [], onlyInSecond: [], changed: [], same: 3 });
    expect(listingsMatch(difference)).toBe(true);
  });

  it('reports missing, extra and changed files', () => {
    const rebuilt = new Map([
      ['manifest.json', file(10, 'a')],
      ['background.js', file(20, 'B')],
      ['extra.js', file(1, 'x')],
    ]);
    const difference = compareListings(shipped, rebuilt);
    expect(difference).toEqual({
      onlyInFirst: ['icon/16.png'],
      onlyInSecond: ['extra.js'],
      changed: [{ path: 'background.js', firstSize: 20, secondSize: 20 }],
      same: 1,
    });
    expect(listingsMatch(difference)).toBe(false);
  });
});

describe('manifest grants and docs/store.md', () => {
  const chromium = {
    permissions: ['storage', 'sidePanel'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'] }, { matches: ['https://*/*'] }],
  };

  it('lists every permission and host match once', () => {
    expect(manifestGrants(chromium)).toEqual(['http://*/*', 'https://*/*', 'sidePanel', 'storage']);
    expect(manifestGrants({ optional_permissions: ['https://*/*'] })).toEqual(['https://*/*']);
    expect(manifestGrants({})).toEqual([]);
  });

  it('counts files pages may load as grants, in both manifest versions', () => {
    const resources = { resources: ['content-scripts/content.js'], matches: ['https://*/*'] };
    expect(manifestGrants({ web_accessible_resources: [resources] })).toEqual(['content-scripts/content.js']);
    expect(manifestGrants({ web_accessible_resources: ['content-scripts/content.js'] })).toEqual(['content-scripts/content.js']);
  });

  it('finds the grants a document does not name in code', () => {
    const doc = '| `storage` | settings |\n| `https://*/*` | pages |\nThe word sidePanel in prose does not count.';
    expect(undocumentedGrants(manifestGrants(chromium), doc)).toEqual(['http://*/*', 'sidePanel']);
  });

  // After `npm run build`: the real manifests against the real document.
  it.runIf(existsSync('.output/chrome-mv3/manifest.json') && existsSync('.output/firefox-mv2/manifest.json'))(
    'docs/store.md justifies every grant of both built manifests',
    () => {
      const doc = readFileSync('docs/store.md', 'utf8');
      for (const build of ['chrome-mv3', 'firefox-mv2']) {
        const manifest = JSON.parse(readFileSync(`.output/${build}/manifest.json`, 'utf8')) as ManifestLike;
        expect(undocumentedGrants(manifestGrants(manifest), doc), build).toEqual([]);
      }
    },
  );
});
