/**
 * The binary layout of a compiled alias index. One list of sections, read and written in the same
 * order, so the compiler and the reader cannot drift apart.
 *
 *   header   11 × u32: magic, version, then the counts below
 *   sections u32 arrays in SECTIONS order (hash table as i32), then the UTF-16 string pool
 *
 * Byte order is the platform's (little-endian on every browser platform); the magic number
 * catches a buffer written on a machine of the other order.
 */

const MAGIC = 0x58495342; // "BSIX"
const VERSION = 1;

export interface IndexCounts {
  readonly entryCount: number;
  readonly keyCount: number;
  readonly tableSize: number;
  readonly aliasCount: number;
  readonly cueCount: number;
  readonly strongCount: number;
  readonly charCount: number;
  readonly maxGap: number;
  readonly packCount: number;
}

const COUNT_FIELDS = [
  'entryCount',
  'keyCount',
  'tableSize',
  'aliasCount',
  'cueCount',
  'strongCount',
  'charCount',
  'maxGap',
  'packCount',
] as const satisfies ReadonlyArray<keyof IndexCounts>;
const HEADER_WORDS = 2 + COUNT_FIELDS.length;

/** Each u32 section and how many elements it has. */
const SECTIONS = {
  table: (c: IndexCounts) => c.tableSize, // key id per slot, -1 empty (read as i32)
  keyStart: (c: IndexCounts) => c.keyCount, // into the string pool
  keyLength: (c: IndexCounts) => c.keyCount,
  keyFlags: (c: IndexCounts) => c.keyCount,
  keyAliases: (c: IndexCounts) => c.keyCount + 1, // offsets into the alias tables
  keyCues: (c: IndexCounts) => c.keyCount + 1, // offsets into cues
  aliasEntry: (c: IndexCounts) => c.aliasCount,
  aliasFlags: (c: IndexCounts) => c.aliasCount,
  aliasTextStart: (c: IndexCounts) => c.aliasCount,
  aliasTextLength: (c: IndexCounts) => c.aliasCount,
  cues: (c: IndexCounts) => c.cueCount, // entry ids
  entryIdStart: (c: IndexCounts) => c.entryCount,
  entryIdLength: (c: IndexCounts) => c.entryCount,
  entryNameStart: (c: IndexCounts) => c.entryCount,
  entryNameLength: (c: IndexCounts) => c.entryCount,
  entryKind: (c: IndexCounts) => c.entryCount,
  entryPack: (c: IndexCounts) => c.entryCount,
  entryStrong: (c: IndexCounts) => c.entryCount + 1, // offsets into strong
  strong: (c: IndexCounts) => c.strongCount, // key ids of each entry's strong names
  packIdStart: (c: IndexCounts) => c.packCount,
  packIdLength: (c: IndexCounts) => c.packCount,
} as const;

type SectionName = keyof typeof SECTIONS;

export type IndexSections = IndexCounts & { [K in Exclude<SectionName, 'table'>]: Uint32Array } & {
  readonly table: Int32Array;
  readonly chars: Uint16Array;
  readonly byteLength: number;
};

export type IndexContents = IndexCounts & { [K in SectionName]: ArrayLike<number> } & { readonly chars: ArrayLike<number> };

function byteSize(counts: IndexCounts): number {
  let words = HEADER_WORDS;
  for (const size of Object.values(SECTIONS)) words += size(counts);
  return words * 4 + counts.charCount * 2;
}

/** Writes the sections into one buffer. */
export function writeSections(contents: IndexContents): Uint8Array {
  const buffer = new ArrayBuffer(byteSize(contents));
  const words = new Uint32Array(buffer, 0, (buffer.byteLength - contents.charCount * 2) / 4);
  words[0] = MAGIC;
  words[1] = VERSION;
  COUNT_FIELDS.forEach((field, i) => {
    words[2 + i] = contents[field];
  });
  let at = HEADER_WORDS;
  for (const [name, size] of Object.entries(SECTIONS) as Array<[SectionName, (c: IndexCounts) => number]>) {
    const values = contents[name];
    const expected = size(contents);
    if (values.length !== expected) throw new Error(`index section ${name}: ${values.length} values, expected ${expected}`);
    // The table's -1 (empty slot) is stored as 0xffffffff and read back through an Int32Array.
    for (let i = 0; i < expected; i++) words[at + i] = values[i]! >>> 0;
    at += expected;
  }
  const chars = new Uint16Array(buffer, at * 4, contents.charCount);
  for (let i = 0; i < contents.charCount; i++) chars[i] = contents.chars[i]!;
  return new Uint8Array(buffer);
}

/** Wraps a compiled index in views (no copy when the buffer is aligned); throws on a buffer that is not one. */
export function readSections(input: ArrayBuffer | Uint8Array): IndexSections {
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  // Typed-array views need 4-byte alignment; a buffer sliced out of a larger one may not have it.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const { buffer, byteOffset, byteLength } = bytes;
  if (byteLength < HEADER_WORDS * 4) throw new Error('not a Backstory alias index (too short)');
  const header = new Uint32Array(buffer, byteOffset, HEADER_WORDS);
  if (header[0] !== MAGIC) throw new Error('not a Backstory alias index (wrong magic number)');
  if (header[1] !== VERSION) throw new Error(`alias index version ${header[1]}; this build reads version ${VERSION}`);
  const counts = Object.fromEntries(COUNT_FIELDS.map((field, i) => [field, header[2 + i]!])) as unknown as IndexCounts;
  if (byteSize(counts) !== byteLength) throw new Error(`alias index is ${byteLength} bytes, its header says ${byteSize(counts)}`);
  const sections: Record<string, Uint32Array | Int32Array> = {};
  let at = byteOffset + HEADER_WORDS * 4;
  for (const [name, size] of Object.entries(SECTIONS) as Array<[SectionName, (c: IndexCounts) => number]>) {
    const length = size(counts);
    sections[name] = name === 'table' ? new Int32Array(buffer, at, length) : new Uint32Array(buffer, at, length);
    at += length * 4;
  }
  const chars = new Uint16Array(buffer, at, counts.charCount);
  return { ...counts, ...sections, chars, byteLength } as IndexSections;
}
