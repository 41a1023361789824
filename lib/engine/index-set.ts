/**
 * The indexes a page is matched against, as one: the bundled packs' index plus one per imported
 * pack, with switched-off packs masked rather than rebuilt away. Entries are numbered across the
 * set (each index's entries follow the previous index's), which is what mentions refer to.
 */
import type { AliasIndex, IndexedEntry } from './alias-index';

export interface IndexPart {
  readonly index: AliasIndex;
  /** The set-wide number of this index's entry 0. */
  readonly offset: number;
  /** disabled[p] = 1 when the index's pack p is switched off. */
  readonly disabled: Uint8Array;
}

export class IndexSet {
  readonly parts: readonly IndexPart[];
  readonly entryCount: number;
  readonly maxGap: number;

  constructor(indexes: readonly AliasIndex[], disabledPacks: Iterable<string> = []) {
    const off = new Set(disabledPacks);
    let offset = 0;
    this.parts = indexes.map((index) => {
      const part = { index, offset, disabled: Uint8Array.from(index.packIds, (id) => (off.has(id) ? 1 : 0)) };
      offset += index.entryCount;
      return part;
    });
    this.entryCount = offset;
    this.maxGap = Math.max(1, ...indexes.map((index) => index.maxGap));
  }

  /** Which of the parts holds set-wide entry i (its position in `parts`), and i within it. */
  partOf(i: number): [number, number] {
    const at = this.parts.findIndex((part) => i < part.offset + part.index.entryCount);
    if (at < 0) throw new RangeError(`no entry ${i} in this index set`);
    return [at, i - this.parts[at]!.offset];
  }

  /** The part holding set-wide entry i, and i within it. */
  private locate(i: number): [IndexPart, number] {
    const [at, local] = this.partOf(i);
    return [this.parts[at]!, local];
  }

  entry(i: number): IndexedEntry {
    const [part, local] = this.locate(i);
    return part.index.entry(local);
  }

  strongKeys(i: number): string[] {
    const [part, local] = this.locate(i);
    return part.index.strongKeys(local);
  }

  /** Is folded text[start, end) one of set-wide entry i's cue words? */
  isCueOf(text: string, start: number, end: number, i: number): boolean {
    const [part, local] = this.locate(i);
    const key = part.index.findRange(text, start, end);
    return key >= 0 && part.index.cues(key).includes(local);
  }

  /** Is folded text[start, end) a given name (the first word of a person's full name) in any index? */
  isGivenName(text: string, start: number, end: number): boolean {
    for (const part of this.parts) {
      const key = part.index.findRange(text, start, end);
      if (key >= 0 && part.index.isGivenName(key)) return true;
    }
    return false;
  }

  /** The pack id of set-wide entry i. */
  packOf(i: number): string {
    const [part, local] = this.locate(i);
    return part.index.packIds[part.index.entryPack(local)]!;
  }

  /** The set-wide number of the entry with this id, or undefined (the map is built on first use). */
  numberOf(id: string): number | undefined {
    this.byId ??= this.buildIds();
    return this.byId.get(id);
  }

  private byId: Map<string, number> | undefined;
  private buildIds(): Map<string, number> {
    const ids = new Map<string, number>();
    for (let i = 0; i < this.entryCount; i++) ids.set(this.entry(i).id, i);
    return ids;
  }
}
