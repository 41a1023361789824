/**
 * The bundled dataset's files inside the extension (written by the build, see
 * node/dataset-assets.ts) and how the background reads them: the index and the manifest once per
 * worker start, an entry shard when a card or the glossary needs it.
 */
import { AliasIndex } from '../engine/alias-index';
import type { BundledData, DatasetManifest } from './dataset';
import type { Entry } from './pack-schema';

export const DATASET_DIR = 'dataset';
export const INDEX_FILE = `${DATASET_DIR}/index.bin`;
export const MANIFEST_FILE = `${DATASET_DIR}/manifest.json`;
export const shardFile = (n: number) => `${DATASET_DIR}/entries-${n}.json`;

/** Reads one of the extension's files (fetch of runtime.getURL in the browser). */
export type ReadAsset = (path: string) => Promise<Response>;

async function ok(response: Promise<Response>, path: string): Promise<Response> {
  const result = await response;
  if (!result.ok) throw new Error(`could not read the bundled dataset file ${path} (HTTP ${result.status})`);
  return result;
}

export async function loadBundledAssets(read: ReadAsset): Promise<BundledData> {
  const [indexBytes, manifest] = await Promise.all([
    ok(read(INDEX_FILE), INDEX_FILE).then((r) => r.arrayBuffer()),
    ok(read(MANIFEST_FILE), MANIFEST_FILE).then((r) => r.json() as Promise<DatasetManifest>),
  ]);
  return {
    manifest,
    index: AliasIndex.open(indexBytes),
    readShard: async (n) => (await ok(read(shardFile(n)), shardFile(n))).json() as Promise<Entry[]>,
  };
}
