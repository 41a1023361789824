/**
 * The dataset the background serves, in the form it is shipped and stored: for each source of
 * packs, a compiled alias index (binary, opened without rebuilding) plus entry records read on
 * demand. Bundled packs are compiled by the build into extension assets (an index, a manifest and
 * entry shards); an imported pack is compiled at import and kept in IndexedDB.
 */
import { AliasIndex } from '../engine/alias-index';
import { compileIndex } from '../engine/index-compile';
import { IndexSet } from '../engine/index-set';
import { existedOn, type Lifespan, lifespanOf } from './lifespan';
import type { Entry, Pack, PackMeta } from './pack-schema';

export interface PackSummary extends PackMeta {
  readonly entryCount: number;
  /** Shipped with the extension, or imported by the user. */
  readonly origin: 'bundled' | 'user';
  /** Where an imported pack was fetched from, for packs imported from a URL. */
  readonly source?: PackSource;
}

export interface PackSource {
  readonly url: string;
  /** When the file was last fetched (ISO 8601). */
  readonly fetchedAt: string;
}

export interface Authority {
  readonly id: string;
  readonly name: string;
}

/** What the settings page and the popup are told about the data. */
export interface DatasetDescription {
  readonly packs: PackSummary[];
  /** Every designating authority in the data, by authorityId, for the settings filter. */
  readonly authorities: Authority[];
}

/** Entries per shard file: a card reads one shard (tens of kB), not the whole dataset. */
export const SHARD_SIZE = 16;

/** The bundled assets' table of contents (dataset/manifest.json). */
export interface DatasetManifest extends DatasetDescription {
  readonly entryCount: number;
  readonly shardSize: number;
  /** Set-wide entry numbers of each pack: [first, end). */
  readonly packRanges: Record<string, [number, number]>;
  /** When the dated organisations existed, by entry number (lifespan.ts). */
  readonly lifespans?: Record<number, Lifespan>;
}

/** The bundled packs as the build writes them. */
export interface CompiledBundle {
  readonly manifest: DatasetManifest;
  readonly index: Uint8Array;
  /** shards[n] holds entries n × shardSize onwards. */
  readonly shards: Entry[][];
}

/** An imported pack as stored: its summary, its authorities and its compiled index. */
export interface CompiledUserPack {
  readonly id: string;
  readonly summary: PackSummary;
  readonly authorities: Authority[];
  readonly index: Uint8Array;
  /** When its dated organisations existed, by entry number (absent in packs imported before it was kept). */
  readonly lifespans?: Record<number, Lifespan>;
}

/** The lifespans of the entries that have one, by entry number. */
function lifespansOf(entries: readonly Entry[]): Record<number, Lifespan> {
  const found: Record<number, Lifespan> = {};
  entries.forEach((entry, n) => {
    const span = lifespanOf(entry);
    if (span !== undefined) found[n] = span;
  });
  return found;
}

/** Every designating authority among the entries, by authorityId (first name seen), sorted by name. */
export function authoritiesOf(entries: Iterable<Entry>, known: readonly Authority[] = []): Authority[] {
  const authorities = new Map(known.map((a) => [a.id, a.name]));
  for (const entry of entries) {
    for (const designation of entry.designations) {
      if (!authorities.has(designation.authorityId)) authorities.set(designation.authorityId, designation.authority);
    }
  }
  return [...authorities].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

function summaryOf(pack: Pack, origin: PackSummary['origin']): PackSummary {
  const { entries, ...meta } = pack;
  return { ...meta, entryCount: entries.length, origin };
}

export function compileBundle(packs: readonly Pack[]): CompiledBundle {
  const entries = packs.flatMap((pack) => pack.entries);
  const entryPack = packs.flatMap((pack, p) => pack.entries.map(() => p));
  const packRanges: Record<string, [number, number]> = {};
  let first = 0;
  for (const pack of packs) {
    packRanges[pack.id] = [first, first + pack.entries.length];
    first += pack.entries.length;
  }
  const shards: Entry[][] = [];
  for (let at = 0; at < entries.length; at += SHARD_SIZE) shards.push(entries.slice(at, at + SHARD_SIZE));
  return {
    manifest: {
      packs: packs.map((pack) => summaryOf(pack, 'bundled')),
      authorities: authoritiesOf(entries),
      entryCount: entries.length,
      shardSize: SHARD_SIZE,
      packRanges,
      lifespans: lifespansOf(entries),
    },
    index: compileIndex(entries, { packIds: packs.map((pack) => pack.id), entryPack: (i) => entryPack[i]! }),
    shards,
  };
}

export function compileUserPack(pack: Pack): CompiledUserPack {
  return {
    id: pack.id,
    summary: summaryOf(pack, 'user'),
    authorities: authoritiesOf(pack.entries),
    index: compileIndex(pack.entries, { packIds: [pack.id], entryPack: () => 0 }),
    lifespans: lifespansOf(pack.entries),
  };
}

/** Where the bundled data is read from: extension assets in the browser, memory in tests and scripts. */
export interface BundledData {
  readonly manifest: DatasetManifest;
  readonly index: AliasIndex;
  readShard(n: number): Promise<Entry[]>;
}

export function bundledFromMemory(bundle: CompiledBundle): BundledData {
  return {
    manifest: bundle.manifest,
    index: AliasIndex.open(bundle.index),
    readShard: async (n) => bundle.shards[n] ?? [],
  };
}

export interface UserPackData {
  readonly compiled: CompiledUserPack;
  readonly index: AliasIndex;
}

/**
 * The bundled data plus the imported packs, opened. Index sets are cheap views, one kept per set
 * of switched-off packs; entries are read when asked for.
 */
export class OpenDataset {
  private readonly userPacks: UserPackData[];
  /** Every pack, none masked: lookups by id and name (its id map is built once, on first use). */
  private readonly all: IndexSet;
  private cachedSet: { key: string; set: IndexSet } | undefined;
  private readonly shardReads = new Map<number, Promise<Entry[]>>();

  constructor(
    readonly bundled: BundledData,
    userPacks: readonly CompiledUserPack[],
    private readonly readUserPack: (id: string) => Promise<Pack | undefined>,
  ) {
    this.userPacks = userPacks.map((compiled) => ({ compiled, index: AliasIndex.open(compiled.index) }));
    this.all = new IndexSet(this.indexes());
  }

  private indexes(): AliasIndex[] {
    return [this.bundled.index, ...this.userPacks.map((p) => p.index)];
  }

  describe(): DatasetDescription {
    const user = this.userPacks.map((p) => p.compiled);
    return {
      packs: [...this.bundled.manifest.packs, ...user.map((p) => p.summary)],
      authorities: authoritiesOf([], [...this.bundled.manifest.authorities, ...user.flatMap((p) => p.authorities)]),
    };
  }

  /**
   * Whether each entry of a set existed on `day` (YYYY-MM-DD), as far as its pack dates it. The
   * set's entries are numbered across its indexes in the order indexes() gives them.
   */
  dating(set: IndexSet, day: string): (entry: number) => boolean | undefined {
    const spans = [this.bundled.manifest.lifespans, ...this.userPacks.map((p) => p.compiled.lifespans)];
    return (entry) => {
      const [part, local] = set.partOf(entry);
      const span = spans[part]?.[local];
      return span === undefined ? undefined : existedOn(span, day);
    };
  }

  /** Every index, switched-off packs masked. */
  indexSet(disabledPacks: readonly string[] = []): IndexSet {
    if (disabledPacks.length === 0) return this.all;
    const key = [...disabledPacks].sort().join('\n');
    if (this.cachedSet?.key !== key) this.cachedSet = { key, set: new IndexSet(this.indexes(), disabledPacks) };
    return this.cachedSet.set;
  }

  /** An entry by id with its pack, or undefined. */
  async entry(id: string): Promise<{ entry: Entry; packId: string } | undefined> {
    const set = this.all;
    const n = set.numberOf(id);
    if (n === undefined) return undefined;
    const packId = set.packOf(n);
    const entries =
      n < this.bundled.index.entryCount
        ? await this.shard(Math.floor(n / this.bundled.manifest.shardSize))
        : (await this.readUserPack(packId))?.entries;
    const entry = entries?.find((e) => e.id === id);
    return entry && { entry, packId };
  }

  /** The name of the entry with this id, from the index (no entry record is read). */
  nameOf(id: string): string | undefined {
    const set = this.all;
    const n = set.numberOf(id);
    return n === undefined ? undefined : set.entry(n).name;
  }

  async packEntries(packId: string): Promise<Entry[]> {
    const range = this.bundled.manifest.packRanges[packId];
    if (range === undefined) return (await this.readUserPack(packId))?.entries ?? [];
    const { shardSize } = this.bundled.manifest;
    const shards: Promise<Entry[]>[] = [];
    for (let n = Math.floor(range[0] / shardSize); n * shardSize < range[1]; n++) shards.push(this.shard(n));
    const entries = (await Promise.all(shards)).flat();
    const skip = range[0] % shardSize;
    return entries.slice(skip, skip + range[1] - range[0]);
  }

  /** Every entry id with the pack that holds it (for import clash checks). */
  entryPacks(): Map<string, string> {
    const set = this.all;
    const packs = new Map<string, string>();
    for (let i = 0; i < set.entryCount; i++) packs.set(set.entry(i).id, set.packOf(i));
    return packs;
  }

  private shard(n: number): Promise<Entry[]> {
    let read = this.shardReads.get(n);
    if (read === undefined) {
      read = this.bundled.readShard(n);
      this.shardReads.set(n, read);
      // A failed read is not kept: the next card asks again.
      read.catch(() => this.shardReads.delete(n));
    }
    return read;
  }
}

/** Packs opened straight from memory, with nothing imported (scripts, tests). */
export function openPacks(packs: readonly Pack[]): OpenDataset {
  return new OpenDataset(bundledFromMemory(compileBundle(packs)), [], async () => undefined);
}
