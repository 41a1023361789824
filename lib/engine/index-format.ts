/**
 * The binary layout of a compiled alias index. One list of sections, read and written in the same
 * order, so the compiler and the reader cannot drift apart.
 *
 *   header   11 × u32: magic, version, then the counts below
 *   sections in SECTIONS order, each u8, u16 or u32 and padded to 4 bytes (the hash table read as
 *            i32), the UTF-16 string pool last
 *
 * Byte order is the platform's (little-endian on every browser platform); the magic number
 * catches a buffer written on a machine of the other order.
 */

const MAGIC = 0x58495342; // "BSIX"
const VERSION = 3;

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

type Width = 1 | 2 | 4;
interface SectionSpec {
  readonly width: Width;
  readonly size: (c: IndexCounts) => number;
}
const u32 = (size: SectionSpec['size']): SectionSpec => ({ width: 4, size });
const u16 = (size: SectionSpec['size']): SectionSpec => ({ width: 2, size });
const u8 = (size: SectionSpec['size']): SectionSpec => ({ width: 1, size });

/** Each section, its element width and its length. Every section starts on a 4-byte boundary. */
const SECTIONS = {
  table: u32((c) => c.tableSize), // key id per slot, -1 empty (read as i32)
  keyStart: u32((c) => c.keyCount), // into the string pool
  keyLength: u16((c) => c.keyCount),
  keyFlags: u8((c) => c.keyCount),
  keyAliases: u32((c) => c.keyCount + 1), // offsets into the alias tables
  keyCues: u32((c) => c.keyCount + 1), // offsets into cues
  aliasEntry: u32((c) => c.aliasCount),
  aliasFlags: u8((c) => c.aliasCount),
  aliasTextStart: u32((c) => c.aliasCount),
  aliasTextLength: u16((c) => c.aliasCount),
  cues: u32((c) => c.cueCount), // entry ids
  entryIdStart: u32((c) => c.entryCount),
  entryIdLength: u16((c) => c.entryCount),
  entryNameStart: u32((c) => c.entryCount),
  entryNameLength: u16((c) => c.entryCount),
  entryKind: u8((c) => c.entryCount),
  entryFlags: u8((c) => c.entryCount),
  entryPack: u16((c) => c.entryCount),
  entryStrong: u32((c) => c.entryCount + 1), // offsets into strong
  strong: u32((c) => c.strongCount), // key ids of each entry's strong names
  packIdStart: u32((c) => c.packCount),
  packIdLength: u16((c) => c.packCount),
  chars: u16((c) => c.charCount), // the UTF-16 string pool
} as const satisfies Record<string, SectionSpec>;

type SectionName = keyof typeof SECTIONS;

/** The sections as views over the buffer (widths as in SECTIONS). */
export interface IndexSections extends IndexCounts {
  readonly table: Int32Array;
  readonly keyStart: Uint32Array;
  readonly keyLength: Uint16Array;
  readonly keyFlags: Uint8Array;
  readonly keyAliases: Uint32Array;
  readonly keyCues: Uint32Array;
  readonly aliasEntry: Uint32Array;
  readonly aliasFlags: Uint8Array;
  readonly aliasTextStart: Uint32Array;
  readonly aliasTextLength: Uint16Array;
  readonly cues: Uint32Array;
  readonly entryIdStart: Uint32Array;
  readonly entryIdLength: Uint16Array;
  readonly entryNameStart: Uint32Array;
  readonly entryNameLength: Uint16Array;
  readonly entryKind: Uint8Array;
  readonly entryFlags: Uint8Array;
  readonly entryPack: Uint16Array;
  readonly entryStrong: Uint32Array;
  readonly strong: Uint32Array;
  readonly packIdStart: Uint32Array;
  readonly packIdLength: Uint16Array;
  readonly chars: Uint16Array;
  readonly byteLength: number;
}

export type IndexContents = IndexCounts & { [K in SectionName]: ArrayLike<number> };

const padded = (bytes: number) => Math.ceil(bytes / 4) * 4;
const entries = Object.entries(SECTIONS) as Array<[SectionName, SectionSpec]>;

function byteSize(counts: IndexCounts): number {
  let bytes = HEADER_WORDS * 4;
  for (const [, spec] of entries) bytes += padded(spec.size(counts) * spec.width);
  return bytes;
}

function view(buffer: ArrayBufferLike, at: number, length: number, width: Width): Uint8Array | Uint16Array | Uint32Array {
  if (width === 1) return new Uint8Array(buffer, at, length);
  if (width === 2) return new Uint16Array(buffer, at, length);
  return new Uint32Array(buffer, at, length);
}

/** Writes the sections into one buffer; throws if a value does not fit its section's width. */
export function writeSections(contents: IndexContents): Uint8Array {
  const buffer = new ArrayBuffer(byteSize(contents));
  const header = new Uint32Array(buffer, 0, HEADER_WORDS);
  header[0] = MAGIC;
  header[1] = VERSION;
  COUNT_FIELDS.forEach((field, i) => {
    header[2 + i] = contents[field];
  });
  let at = HEADER_WORDS * 4;
  for (const [name, spec] of entries) {
    const values = contents[name];
    const length = spec.size(contents);
    if (values.length !== length) throw new Error(`index section ${name}: ${values.length} values, expected ${length}`);
    const target = view(buffer, at, length, spec.width);
    const limit = 2 ** (8 * spec.width);
    for (let i = 0; i < length; i++) {
      // The table's -1 (empty slot) is stored as 0xffffffff and read back through an Int32Array.
      const value = name === 'table' ? values[i]! >>> 0 : values[i]!;
      if (!(value >= 0 && value < limit))
        throw new Error(`index section ${name}: value ${values[i]} does not fit in ${spec.width} byte(s)`);
      target[i] = value;
    }
    at += padded(length * spec.width);
  }
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
  const sections: Record<string, Uint8Array | Uint16Array | Uint32Array | Int32Array> = {};
  let at = byteOffset + HEADER_WORDS * 4;
  for (const [name, spec] of entries) {
    const length = spec.size(counts);
    sections[name] = name === 'table' ? new Int32Array(buffer, at, length) : view(buffer, at, length, spec.width);
    at += padded(length * spec.width);
  }
  return { ...counts, ...sections, byteLength } as IndexSections;
}
