/**
 * `npm run recognition:report -- DIR` (or HTML or text on standard input): every mark Backstory
 * makes on a folder of pages, with its entry and 40 characters of context each side, and the count
 * per page, so anyone can read the marks of a set of pages in a minute. Pages are read the way the
 * content script reads them (the article's own text, page furniture left out), matched with the
 * bundled packs, and never stored.
 *
 * For each page it also lists the marks dropped as page furniture: those the article root alone
 * would give (related-story lists, ad slots, share bars, menus inside it) that the article body
 * leaves out. A dropped mark that was in the article's own sentences is a bug in article-body.ts.
 * The header line gives the counts: marks kept; marks on the article root alone and how many of
 * them were dropped as furniture (the rest of the difference lost the evidence that was only in the
 * furniture); marks on the whole page (the "mark the whole page" setting); and how many remain with
 * "first mention only" (the default).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../lib/engine/disambiguate';
import { findMentions } from '../lib/engine/scan-text';
import { firstMentions } from '../lib/page/page-scan';
import { index, markIds, readSource } from './recognition-engine';

const CONTEXT = 40;

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

function describe(mention: Mention, text: string): string {
  const ids = markIds(mention);
  const label = mention.entry === undefined ? `ambiguous: ${ids.join(' | ')}` : `${ids[0]} (${index.packOf(mention.entry)})`;
  const before = oneLine(text.slice(Math.max(0, mention.start - CONTEXT), mention.start));
  const after = oneLine(text.slice(mention.end, mention.end + CONTEXT));
  return `  [${mention.text}] → ${label}\n      …${before}⟦${mention.text}⟧${after}…`;
}

interface Counts {
  root: number;
  marks: number;
  dropped: number;
  wholePage: number;
  first: number;
}

function report(name: string, source: string): Counts {
  const { article, dropped, root, wholePage } = readSource(source);
  const mentions = findMentions(article, index);
  const first = firstMentions(mentions).length;
  // A mark can also go because its evidence (a full name that lets an acronym count) was only in the furniture.
  console.log(
    `\n== ${name}: ${mentions.length} mark(s) in the article; ${root} on the article root alone, ${dropped.length} of them ` +
      `dropped as page furniture; ${wholePage} on the whole page; ${first} with first mention only`,
  );
  for (const mention of mentions) console.log(describe(mention, article));
  if (dropped.length > 0) console.log('  -- dropped as page furniture:');
  for (const { mention, text } of dropped) console.log(describe(mention, text));
  return { root, marks: mentions.length, dropped: dropped.length, wholePage, first };
}

const dir = process.argv[2];
if (dir) {
  const files = readdirSync(dir)
    .filter((f) => /\.(html?|txt)$/i.test(f))
    .sort();
  const total: Counts = { root: 0, marks: 0, dropped: 0, wholePage: 0, first: 0 };
  for (const file of files) {
    const counts = report(file, readFileSync(join(dir, file), 'utf8'));
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
  }
  console.log(
    `\n${files.length} page(s), ${total.marks} mark(s) in articles; ${total.root} on article roots alone, ` +
      `${total.dropped} of them dropped as page furniture; ${total.wholePage} on whole pages; ${total.first} with first mention only.`,
  );
} else {
  report('standard input', readFileSync(0, 'utf8'));
}
