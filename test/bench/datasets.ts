/**
 * The alias lists the benchmark runs with: the bundled packs, and synthetic lists of 10,000 and
 * 300,000 aliases (deterministic, seeded) that also carry the bundled entries so real terms still
 * match on real pages.
 */
import { AliasIndex } from '../../lib/engine/alias-index';
import { compileIndex } from '../../lib/engine/index-compile';
import { loadPacks } from '../../lib/packs/node/load-packs';
import type { Entry } from '../../lib/packs/pack-schema';

export interface Dataset {
  readonly name: string;
  readonly entryCount: number;
  readonly aliasCount: number;
  /** The compiled alias index (what the service worker opens), base64-encoded for the page. */
  readonly indexBase64: string;
  readonly indexBytes: number;
  /** JSON array of the distinct alias texts as written: what the peers are given. */
  readonly aliasesJson: string;
}

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = (
  'ka ro mi ta sen vo lu dar bel qas nor fi zan hel tor ai mar ven sul ra ko ny ash tal gor bri ' +
  'dem ul ha sa ri zo pel kun ter ya mo ib ra del var shi ton lek ar um dus ven or'
).split(' ');
const FIRST_NAMES = (
  'John Maria David Ahmed Fatima Olga Ivan Mohammed Ali Sarah Peter Anna Omar Hassan Elena Michael ' +
  'James Laura Yusuf Leila Daniel Sofia Karim Nadia Robert Ines Samir Hana Thomas Marta Abdul Rania ' +
  'Paul Irina George Amal Viktor Zainab Carlos Lucia'
).split(' ');
const ORG_PREFIXES = 'National United Islamic Democratic Free People’s Popular Syrian Arab Central New Great Northern Southern Al'.split(
  ' ',
);
const ORG_SUFFIXES =
  'Front Brigade Movement Council Party Company Group Foundation Bank Army Union Committee Institute Holdings Trust'.split(' ');
const DOC_WORDS = 'Resolution Act Accord Agreement Declaration Treaty Directive Protocol'.split(' ');
const CUES = (
  'government minister militia sanctions oil election rebels ceasefire border court trade bank ' +
  'refugees parliament army police protest treaty summit embargo shipping football'
).split(' ');

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function word(random: () => number): string {
  const count = 2 + Math.floor(random() * 2);
  let text = '';
  for (let i = 0; i < count; i++) text += pick(random, SYLLABLES);
  return text[0]!.toUpperCase() + text.slice(1);
}

const SOURCES: Entry['sources'] = [
  { id: 's1', url: 'https://example.org/synthetic', title: 'Synthetic', publisher: 'Bench', accessed: '2026-11-25' },
];

function makeEntry(id: string, kind: Entry['kind'], names: Entry['names'], context: string[]): Entry {
  return {
    id,
    kind,
    name: names[0]!.text,
    names,
    summary: 'Synthetic benchmark entry.',
    dates: [],
    related: [],
    designations: [],
    context,
    sources: SOURCES,
    reviewed: '2026-11-25',
  };
}

function syntheticEntry(random: () => number, i: number): Entry {
  const roll = random();
  const names: Entry['names'] = [];
  let kind: Entry['kind'];
  if (roll < 0.4) {
    kind = 'person';
    const first = random() < 0.5 ? pick(random, FIRST_NAMES) : word(random);
    const middle = random() < 0.3 ? ` ${word(random)}` : '';
    const last = word(random);
    names.push({ text: `${first}${middle} ${last}`, kind: 'name' });
    if (middle !== '' || random() < 0.3) names.push({ text: `${first} ${random() < 0.5 ? 'al-' : ''}${last}`, kind: 'alias' });
  } else if (roll < 0.75) {
    kind = 'organization';
    const prefix = random() < 0.4 ? `${pick(random, ORG_PREFIXES)} ` : '';
    const core = random() < 0.5 ? word(random) : `${word(random)} ${word(random)}`;
    const text = `${prefix}${core} ${pick(random, ORG_SUFFIXES)}`;
    names.push({ text, kind: 'name' });
    if (random() < 0.4) {
      const acronym = text
        .split(/\s+/)
        .map((w) => w[0]!.toUpperCase())
        .join('');
      if (acronym.length >= 2) names.push({ text: acronym, kind: 'acronym' });
    }
    if (random() < 0.2) names.push({ text: `${core} ${pick(random, ORG_SUFFIXES)}`, kind: 'previousName' });
  } else if (roll < 0.9) {
    kind = 'place';
    names.push({ text: random() < 0.6 ? word(random) : `${word(random)} ${word(random)}`, kind: 'name' });
  } else {
    kind = random() < 0.5 ? 'document' : 'term';
    const number = 1000 + Math.floor(random() * 9000);
    names.push({ text: `${word(random)} ${pick(random, DOC_WORDS)} ${number}`, kind: 'name' });
    if (random() < 0.5) names.push({ text: `${pick(random, DOC_WORDS)} ${number}`, kind: 'alias' });
  }
  const context: string[] = [];
  const cueCount = Math.floor(random() * 3);
  for (let c = 0; c < cueCount; c++) context.push(pick(random, CUES));
  return makeEntry(`syn-${i}`, kind, names, context);
}

function finish(name: string, entries: readonly Entry[]): Dataset {
  const bytes = compileIndex(entries);
  const index = AliasIndex.open(bytes);
  // The peers get every distinct name as written (the index keeps most names only folded).
  const aliases = [...new Set(entries.flatMap((entry) => entry.names.map((n) => n.text)))];
  return {
    name,
    entryCount: index.entryCount,
    aliasCount: index.aliasCount,
    indexBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    indexBytes: bytes.byteLength,
    aliasesJson: JSON.stringify(aliases),
  };
}

export function bundledEntries(root = 'assets/packs'): Entry[] {
  return loadPacks(root).flatMap((pack) => pack.entries);
}

export function bundledDataset(entries: readonly Entry[]): Dataset {
  return finish('bundled', entries);
}

/** The bundled entries plus synthetic ones, up to `aliasTarget` aliases in all. */
export function syntheticDataset(name: string, bundled: readonly Entry[], aliasTarget: number, seed = 2254): Dataset {
  return finish(name, syntheticEntries(bundled, aliasTarget, seed));
}

/** The entries of a synthetic dataset: the bundled ones first, then synthetic ones up to `aliasTarget` aliases. */
export function syntheticEntries(bundled: readonly Entry[], aliasTarget: number, seed = 2254): Entry[] {
  const random = prng(seed);
  const entries: Entry[] = [...bundled];
  let aliases = AliasIndex.open(compileIndex(bundled)).aliasCount;
  for (let i = 0; aliases < aliasTarget; i++) {
    const entry = syntheticEntry(random, i);
    // Distinct texts only (compileIndex would drop a repeated name), and no more than the target.
    const names = entry.names.filter((name, at) => entry.names.findIndex((other) => other.text === name.text) === at);
    const kept = names.slice(0, aliasTarget - aliases);
    entries.push({ ...entry, names: kept });
    aliases += kept.length;
  }
  return entries;
}

/** The dataset of the given entries (as the extension would compile them from packs). */
export function datasetOf(name: string, entries: readonly Entry[]): Dataset {
  return finish(name, entries);
}
