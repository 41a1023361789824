/**
 * Pure helpers for the store submission: the images `npm run screenshots` writes for the Chrome Web
 * Store and addons.mozilla.org (scripts/store-images.ts) and the check that a Firefox build rebuilt
 * from the AMO sources zip holds the same files (scripts/store-check.ts). No browser, no file system.
 */

export interface StoreImage {
  /** File name under .output/store/. */
  readonly file: string;
  readonly width: number;
  readonly height: number;
  /** What it shows, for docs/store.md and the console. */
  readonly shows: string;
}

/** The Chrome Web Store takes screenshots of 1280×800 (or 640×400) and a small promo tile of 440×280. */
export const SCREENSHOT_SIZE = { width: 1280, height: 800 } as const;
export const PROMO_TILE_SIZE = { width: 440, height: 280 } as const;

export const STORE_IMAGES: readonly StoreImage[] = [
  { file: 'screenshot-1-card.png', ...SCREENSHOT_SIZE, shows: 'the demo article, its names marked, one card open' },
  { file: 'screenshot-2-side-panel.png', ...SCREENSHOT_SIZE, shows: 'the demo article with the notebook in the side panel beside it' },
  { file: 'screenshot-3-popup.png', ...SCREENSHOT_SIZE, shows: 'the toolbar popup over the article: this site, the entities found' },
  { file: 'screenshot-4-settings.png', ...SCREENSHOT_SIZE, shows: 'the settings page: sources and display' },
  { file: 'screenshot-5-notebook.png', ...SCREENSHOT_SIZE, shows: 'the notebook page with the saved article open' },
  { file: 'promo-small-440x280.png', ...PROMO_TILE_SIZE, shows: 'the small promo tile: icon, name, one line' },
];

/** Width and height from a PNG's IHDR chunk (always the first chunk), or an error saying why not. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, at) => bytes[at] !== byte)) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunk = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (chunk !== 'IHDR') throw new Error(`PNG's first chunk is ${chunk}, not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Why `bytes` is not the image `spec` asks for, or undefined when it is. */
export function storeImageProblem(spec: StoreImage, bytes: Uint8Array): string | undefined {
  let size: { width: number; height: number };
  try {
    size = pngSize(bytes);
  } catch (error) {
    return `${spec.file}: ${(error as Error).message}`;
  }
  if (size.width !== spec.width || size.height !== spec.height) {
    return `${spec.file}: ${size.width}×${size.height}, the store needs ${spec.width}×${spec.height}`;
  }
  return undefined;
}

/** One file of a build: its path inside the build, its size and a content hash. */
export interface ListedFile {
  readonly size: number;
  readonly sha256: string;
}

export interface ListingDifference {
  /** In the first listing only. */
  readonly onlyInFirst: string[];
  /** In the second listing only. */
  readonly onlyInSecond: string[];
  /** In both, with different contents: path and the two sizes. */
  readonly changed: Array<{ path: string; firstSize: number; secondSize: number }>;
  readonly same: number;
}

/** Compares two builds file by file (paths sorted, so the report reads the same each run). */
export function compareListings(first: ReadonlyMap<string, ListedFile>, second: ReadonlyMap<string, ListedFile>): ListingDifference {
  const onlyInFirst: string[] = [];
  const changed: ListingDifference['changed'] = [];
  let same = 0;
  for (const path of [...first.keys()].sort()) {
    const a = first.get(path)!;
    const b = second.get(path);
    if (!b) onlyInFirst.push(path);
    else if (a.sha256 !== b.sha256 || a.size !== b.size) changed.push({ path, firstSize: a.size, secondSize: b.size });
    else same++;
  }
  const onlyInSecond = [...second.keys()].filter((path) => !first.has(path)).sort();
  return { onlyInFirst, onlyInSecond, changed, same };
}

export function listingsMatch(difference: ListingDifference): boolean {
  return difference.onlyInFirst.length === 0 && difference.onlyInSecond.length === 0 && difference.changed.length === 0;
}

/** The parts of a built manifest.json that grant access and so need a justification in docs/store.md. */
export interface ManifestLike {
  readonly permissions?: readonly string[];
  readonly optional_permissions?: readonly string[];
  readonly host_permissions?: readonly string[];
  readonly optional_host_permissions?: readonly string[];
  readonly content_scripts?: ReadonlyArray<{ readonly matches?: readonly string[] }>;
  /** Files pages may load: objects in Manifest V3, plain paths in V2. */
  readonly web_accessible_resources?: ReadonlyArray<string | { readonly resources?: readonly string[] }>;
}

/** Every permission and host match a manifest declares, each once, in a stable order. */
export function manifestGrants(manifest: ManifestLike): string[] {
  const grants = [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
    ...(manifest.web_accessible_resources ?? []).flatMap((item) => (typeof item === 'string' ? [item] : (item.resources ?? []))),
  ];
  return [...new Set(grants)].sort();
}

/** The grants that docs/store.md does not name in code spans (`storage`, `https://*\/*`). */
export function undocumentedGrants(grants: readonly string[], markdown: string): string[] {
  const named = new Set([...markdown.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!.trim()));
  return grants.filter((grant) => !named.has(grant));
}
