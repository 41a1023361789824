/**
 * `npm run recognition:eval -- DIR [--write] [--no-added] [--set FILE]`: scores the engine on the recognition
 * evaluation set (data/recognition-eval/articles.json). For each item with a span file
 * `DIR/<id>.txt` (the headline and paragraphs that its `expected` covers, kept outside the
 * repository), the engine is run as `recognition:report` runs it, the marks are matched to the
 * expected mentions (scripts/recognition-score.ts) and the article's found / ambiguous / missed /
 * wrong are printed beside its stored result. Items without a span file are carried over with their
 * stored result. Then the per-language table: recall on entries that exist, recall with missing
 * entries, precision and strict precision.
 *
 * A mark covering a whole `MISSING:` mention with an entry the set does not use yet (one added to
 * the packs since) counts as found and is listed, so the annotation can be updated; `--no-added`
 * scores by the README's rule as written (such a mark is wrong).
 *
 * `--write` stores each re-run item's new result in the set (missed and wrong keep the cause an
 * old entry with the same surface and id had, else "?"); a re-run item loses `remeasured`, a
 * carried-over one gets `"remeasured": false`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleMarks, markIds } from './recognition-engine';
import {
  addArticle,
  type Cause,
  carryCauses,
  type Expected,
  emptyTotals,
  knownIdsOf,
  LANGUAGE_NAMES,
  type Mark,
  rates,
  type StoredResult,
  score,
  type Totals,
  tableLanguages,
} from './recognition-score';

interface Item {
  id: string;
  url: string;
  language: string;
  expected: Expected[];
  result: StoredResult;
  remeasured?: boolean;
  [key: string]: unknown;
}

const args = process.argv.slice(2);
const write = args.includes('--write');
/** --no-added: the README's rule as written; a mark on a `MISSING:` mention is always wrong. */
const creditAdded = !args.includes('--no-added');
const setAt = args.indexOf('--set');
const setFile = setAt >= 0 ? args[setAt + 1]! : 'data/recognition-eval/articles.json';
const dir = args.find((arg, i) => !arg.startsWith('--') && (setAt < 0 || i !== setAt + 1));
if (!dir) {
  console.error('usage: npm run recognition:eval -- DIR [--write] [--no-added] [--set FILE]   (DIR holds <id>.txt spans)');
  process.exit(2);
}

const items = JSON.parse(readFileSync(setFile, 'utf8')) as Item[];
const knownIds = knownIdsOf(items.map((item) => item.expected));
const scoreIds = creditAdded ? knownIds : undefined;
const totals = new Map<string, Totals>();
const totalsOf = (language: string) => totals.get(language) ?? totals.set(language, emptyTotals()).get(language)!;
const carried: string[] = [];
/** Per language: `MISSING:` mentions found with an entry the packs gained after annotation. */
const addedTotals = new Map<string, number>();
const rerun: string[] = [];

const list = (causes: readonly Cause[]) => causes.map(([surface, id]) => `${surface} (${id})`).join('; ') || '-';
/** Multiset difference of [surface, id] pairs: what `a` has that `b` lacks. */
function minus(a: readonly Cause[], b: readonly Cause[]): Cause[] {
  const pool = b.map(([s, i]) => `${s}\u0000${i}`);
  return a.filter(([s, i]) => {
    const at = pool.indexOf(`${s}\u0000${i}`);
    if (at < 0) return true;
    pool.splice(at, 1);
    return false;
  });
}

for (const item of items) {
  const file = join(dir, `${item.id}.txt`);
  if (!existsSync(file)) {
    carried.push(item.id);
    addArticle(totalsOf(item.language), item.expected, item.result);
    if (write) item.remeasured = false;
    continue;
  }
  rerun.push(item.id);
  // The article's date, where the set records a full one, as the extension reads it from the page.
  const on = /^\d{4}-\d{2}-\d{2}/.exec(String(item.published ?? ''))?.[0];
  const { article, mentions } = articleMarks(readFileSync(file, 'utf8'), on);
  const marks: Mark[] = mentions.map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    ids: markIds(m),
    ambiguous: m.entry === undefined,
  }));
  const scored = score(article, item.expected, marks, scoreIds);
  const result: StoredResult = {
    found: scored.found.length,
    ambiguous: scored.found.filter((f) => f.ambiguous).length,
    missed: carryCauses(scored.missed, item.result.missed),
    wrong: carryCauses(scored.wrong, item.result.wrong),
  };
  const old = item.result;
  console.log(
    `\n== ${item.id} (${item.language}) ${item.title as string}: ${item.expected.length} expected, ${marks.length} marks → ` +
      `found ${result.found} (ambiguous ${result.ambiguous}), missed ${result.missed.length}, wrong ${result.wrong.length}` +
      `   [stored: found ${old.found} (ambiguous ${old.ambiguous}), missed ${old.missed.length}, wrong ${old.wrong.length}]`,
  );
  console.log(`  found: ${scored.found.map((f) => (f.ambiguous ? `${f.surface} (ambiguous)` : f.surface)).join(', ') || '-'}`);
  const added = scored.found.filter((f) => f.added !== undefined);
  if (added.length > 0)
    console.log(`  found with an entry added since (annotation says MISSING): ${added.map((f) => `${f.surface} → ${f.added}`).join('; ')}`);
  addedTotals.set(item.language, (addedTotals.get(item.language) ?? 0) + added.length);
  console.log(`  missed: ${list(result.missed)}`);
  console.log(`  wrong: ${list(result.wrong)}`);
  const nowFound = minus(old.missed, result.missed);
  const nowMissed = minus(result.missed, old.missed);
  const newWrong = minus(result.wrong, old.wrong);
  const goneWrong = minus(old.wrong, result.wrong);
  if (nowFound.length + nowMissed.length + newWrong.length + goneWrong.length > 0) {
    console.log(
      `  vs stored: now found ${list(nowFound)} | now missed ${list(nowMissed)} | new wrong ${list(newWrong)} | wrong gone ${list(goneWrong)}`,
    );
  }
  for (const mention of scored.located) {
    if (mention.how === 'word') continue;
    const where =
      mention.how === 'none'
        ? 'NOT FOUND in the span after the previous mention'
        : `found only ${mention.how === 'case' ? 'ignoring case' : 'inside a word'}`;
    console.log(`  note: expected "${mention.surface}" ${where}`);
  }
  addArticle(totalsOf(item.language), item.expected, result);
  if (write) {
    item.result = result;
    delete item.remeasured;
  }
}

const pct = (value: number) => (Number.isNaN(value) ? '-' : `${(value * 100).toFixed(1)}%`);
const row = (name: string, t: Totals) => {
  const r = rates(t);
  const existing = t.found + t.missed - t.missedMissing;
  return [
    name,
    t.articles,
    t.expected,
    t.missingExpected,
    t.marks,
    t.found,
    t.ambiguous,
    t.wrong,
    `${pct(r.recall)} (${t.found}/${existing})`,
    `${pct(r.recallWithMissing)} (${t.found}/${t.found + t.missed})`,
    `${pct(r.precision)} (${t.found}/${t.marks})`,
    pct(r.strictPrecision),
  ].map(String);
};
const header = [
  'language',
  'articles',
  'expected',
  'MISSING',
  'marks',
  'found',
  'ambiguous',
  'wrong',
  'recall (entries that exist)',
  'recall (with missing)',
  'precision',
  'strict precision',
];
const all = emptyTotals();
for (const t of totals.values()) for (const key of Object.keys(all) as (keyof Totals)[]) all[key] += t[key];
const rows = [header, ...tableLanguages(totals.keys()).map((l) => row(LANGUAGE_NAMES[l] ?? l, totals.get(l)!)), row('all', all)];
const widths = header.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(
  `\n${rerun.length} article(s) re-run from ${dir}; ${carried.length} carried over with their stored result${carried.length ? `: ${carried.join(', ')}` : ''}.\n`,
);
for (const r of rows) console.log(`| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`);
const addedAll = [...addedTotals.values()].reduce((a, b) => a + b, 0);
if (addedAll > 0) {
  const perLanguage = tableLanguages(addedTotals.keys())
    .filter((l) => addedTotals.get(l))
    .map((l) => `${LANGUAGE_NAMES[l] ?? l} ${addedTotals.get(l)}`);
  console.log(
    `\nfound includes ${addedAll} mention(s) annotated MISSING that an entry added since marks (${perLanguage.join(', ')}); ` +
      'their annotation ids are out of date (see "found with an entry added since" above).',
  );
}
for (const t of [...totals.values(), all]) {
  if (t.found + t.missed !== t.expected)
    console.log(`warning: found + missed (${t.found + t.missed}) differs from expected mentions (${t.expected})`);
}
if (write) {
  writeFileSync(setFile, `${JSON.stringify(items, null, 2)}\n`);
  console.log(`\n${setFile} updated (${rerun.length} result(s) re-written).`);
}
