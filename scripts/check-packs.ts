/**
 * `npm run packs:check`: validates the bundled packs exactly as the build does, and lists every
 * problem. It also flags, without failing, designation records whose history starts with a removal
 * or lapse: the card then shows them listed before it "since a date not known", and a reviewer
 * should look for the listing date.
 */
import { startsWithRemoval } from '../lib/packs/designation-status';
import { loadPacks, PackError } from '../lib/packs/node/load-packs';

try {
  const packs = loadPacks(process.argv[2] ?? 'assets/packs');
  const entries = packs.reduce((sum, pack) => sum + pack.entries.length, 0);
  console.log(`${packs.length} pack(s), ${entries} entries: valid.`);
  const flagged = packs.flatMap((pack) =>
    pack.entries.flatMap((entry) =>
      entry.designations.filter(startsWithRemoval).map((d) => `  ${pack.id}/${entry.id}: ${d.authority}, ${d.list}`),
    ),
  );
  if (flagged.length > 0) {
    console.log(`\n${flagged.length} designation record(s) begin with a removal or lapse (listing date unknown; look for it):`);
    console.log(flagged.join('\n'));
  }
} catch (error) {
  if (!(error instanceof PackError)) throw error;
  console.error(error.message);
  process.exit(1);
}
