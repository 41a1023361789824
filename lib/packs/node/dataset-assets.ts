/**
 * Build step: compiles the bundled packs into the extension's dataset assets, so that the
 * background script holds code only. A bad pack fails the build with every problem listed.
 *
 *   dataset/index.bin        the alias index (binary, opened without rebuilding)
 *   dataset/manifest.json    packs, authorities, entry count, shard layout
 *   dataset/entries-N.json   entries N × shardSize onwards, read when a card or the glossary asks
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATASET_DIR, INDEX_FILE, MANIFEST_FILE, shardFile } from '../bundled-assets';
import { compileBundle } from '../dataset';
import { loadPacks } from './load-packs';

export interface DatasetAsset {
  /** Path inside the extension. */
  readonly relativeDest: string;
  /** Where the file was written, to be copied into the build. */
  readonly absoluteSrc: string;
}

/** Compiles the packs under packsDir and writes the assets under outDir; returns them for the build to copy. */
export function writeDatasetAssets(outDir: string, packsDir = resolve(process.env.BACKSTORY_PACKS ?? 'assets/packs')): DatasetAsset[] {
  const bundle = compileBundle(loadPacks(packsDir));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, DATASET_DIR), { recursive: true });
  const files: Array<[string, string | Uint8Array]> = [
    [INDEX_FILE, bundle.index],
    [MANIFEST_FILE, JSON.stringify(bundle.manifest)],
    ...bundle.shards.map((shard, n): [string, string] => [shardFile(n), JSON.stringify(shard)]),
  ];
  return files.map(([relativeDest, contents]) => {
    const absoluteSrc = join(outDir, relativeDest);
    writeFileSync(absoluteSrc, contents);
    return { relativeDest, absoluteSrc };
  });
}
