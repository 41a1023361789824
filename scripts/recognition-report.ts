/**
 * `npm run recognition:report -- DIR` (or HTML or text on standard input): every mark Backstory
 * makes on a folder of pages, with its entry and 40 characters of context each side, and the count
 * per page, so anyone can read the marks of a set of pages in a minute. Pages are read the way the
 * content script reads them (article root, text collection), matched with the bundled packs, and
 * never stored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { findMentions } from '../lib/engine/scan-text';
import { openPacks } from '../lib/packs/dataset';
import { loadPacks } from '../lib/packs/node/load-packs';
import { readPage } from '../lib/page/page-scan';

const CONTEXT = 40;
const index = openPacks(loadPacks(process.env.BACKSTORY_PACKS ?? 'assets/packs')).indexSet();

/** The page's article text as the content script collects it (plain text is taken as it is). */
function articleText(source: string): string {
  if (!/<[a-z!]/i.test(source)) return source;
  const window = new Window();
  try {
    window.document.write(source);
    return readPage(window.document as unknown as Document).text;
  } finally {
    window.close();
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

function report(name: string, source: string): number {
  const text = articleText(source);
  const mentions = findMentions(text, index);
  console.log(`\n== ${name}: ${mentions.length} mark(s)`);
  for (const mention of mentions) {
    const ids = mention.entry === undefined ? mention.candidates.map((c) => index.entry(c).id) : [index.entry(mention.entry).id];
    const label = mention.entry === undefined ? `ambiguous: ${ids.join(' | ')}` : `${ids[0]} (${index.packOf(mention.entry)})`;
    const before = oneLine(text.slice(Math.max(0, mention.start - CONTEXT), mention.start));
    const after = oneLine(text.slice(mention.end, mention.end + CONTEXT));
    console.log(`  [${mention.text}] → ${label}\n      …${before}⟦${mention.text}⟧${after}…`);
  }
  return mentions.length;
}

const dir = process.argv[2];
if (dir) {
  const files = readdirSync(dir)
    .filter((f) => /\.(html?|txt)$/i.test(f))
    .sort();
  let total = 0;
  for (const file of files) total += report(file, readFileSync(join(dir, file), 'utf8'));
  console.log(`\n${files.length} page(s), ${total} mark(s).`);
} else {
  report('standard input', readFileSync(0, 'utf8'));
}
