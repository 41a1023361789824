/**
 * Builds the Chromium extension into another folder, from the packs in another folder, without
 * touching wxt.config.ts: `wxt build` has no --outDir, but its build() API takes an inline config
 * merged over wxt.config.ts. The dataset plugin reads BACKSTORY_PACKS from the environment.
 *
 *   BACKSTORY_PACKS=DIR tsx test/bench/wxt-build.ts OUT_DIR     (the build lands in OUT_DIR/chrome-mv3)
 */
import { resolve } from 'node:path';
import { build } from 'wxt';

const outDir = process.argv[2];
if (!outDir || !process.env.BACKSTORY_PACKS) {
  console.error('usage: BACKSTORY_PACKS=DIR tsx test/bench/wxt-build.ts OUT_DIR');
  process.exit(2);
}
await build({ browser: 'chrome', outDir: resolve(outDir), logger: undefined });
