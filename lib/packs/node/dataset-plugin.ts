/**
 * Vite plugin: compiles the bundled packs into `virtual:backstory-dataset` at build time.
 * A bad pack fails the build with every problem listed (file, JSON path, reason).
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileDataset } from '../dataset';
import { loadPacks } from './load-packs';

const VIRTUAL_ID = 'virtual:backstory-dataset';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function datasetPlugin(packsDir = resolve(process.env.BACKSTORY_PACKS ?? 'assets/packs')): Plugin {
  return {
    name: 'backstory-dataset',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(packsDir);
      const dataset = compileDataset(loadPacks(packsDir));
      return `export default ${JSON.stringify(dataset)};`;
    },
  };
}
