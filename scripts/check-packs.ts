/** `npm run packs:check`: validates the bundled packs exactly as the build does, and lists every problem. */
import { loadPacks, PackError } from '../lib/packs/node/load-packs';

try {
  const packs = loadPacks(process.argv[2] ?? 'assets/packs');
  const entries = packs.reduce((sum, pack) => sum + pack.entries.length, 0);
  console.log(`${packs.length} pack(s), ${entries} entries: valid.`);
} catch (error) {
  if (!(error instanceof PackError)) throw error;
  console.error(error.message);
  process.exit(1);
}
