import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPacks, PackError } from '../../lib/packs/node/load-packs';
import { formatProblem, validatePack } from '../../lib/packs/pack-validate';

const fixture = (name: string) => ({ file: name, json: JSON.parse(readFileSync(`test/fixtures/packs/${name}`, 'utf8')) });

describe('validatePack (single-file import layout)', () => {
  it('accepts a valid pack', () => {
    const { pack, problems } = validatePack(fixture('valid.json'));
    expect(problems).toEqual([]);
    expect(pack?.id).toBe('demo-user-pack');
    expect(pack?.entries.map((e) => e.id)).toEqual(['demo-rescue-volunteers']);
  });

  it('names every problem with file, JSON path and reason, and returns no pack', () => {
    const { pack, problems } = validatePack(fixture('invalid.json'));
    expect(pack).toBeUndefined();
    const lines = problems.map(formatProblem);
    const expectLine = (pattern: RegExp) =>
      expect(
        lines.some((line) => pattern.test(line)),
        `${pattern} in\n${lines.join('\n')}`,
      ).toBe(true);
    expectLine(/^invalid\.json: \$\.id: must be lower-case letters/);
    expectLine(/^invalid\.json: \$\.version: must be a semantic version/);
    expectLine(/^invalid\.json: \$\.entries\[0\]\.designations\[0\]\.events\[0\]\.date: /);
    expectLine(/^invalid\.json: \$\.entries\[1\]\.names\[0\]\.text: must contain a letter or digit/);
    expectLine(/^invalid\.json: \$\.entries\[1\]\.dates\[0\]\.date: must be a day that exists/);
    expectLine(/^invalid\.json: \$\.entries\[1\]\.sources\[0\]\.url: must be an absolute http\(s\) URL/);
    expectLine(/^invalid\.json: \$\.entries\[2\]\.kind: /);
    expectLine(/^invalid\.json: \$\.entries\[2\]\.names: /);
    expectLine(/^invalid\.json: \$\.entries\[2\]\.reviewed: must be a date/);
    expectLine(/^invalid\.json: \$\.entries\[2\]: .*extra/);
  });

  it('checks source references and related ids once the shape is right', () => {
    const json = fixture('valid.json').json;
    json.entries[0].dates[0].sources = ['s2'];
    json.entries[0].related = [{ id: 'nobody', relation: 'related' }];
    json.entries.push({ ...json.entries[0], dates: [], related: [] });
    const lines = validatePack({ file: 'p.json', json }).problems.map(formatProblem);
    expect(lines).toEqual([
      'p.json: $.entries[0].dates[0].sources[0]: source "s2" is not in this entry\'s sources',
      'p.json: $.entries[1].id: entry id "demo-rescue-volunteers" is used twice',
      'p.json: $.entries[0].related[0].id: related entry "nobody" does not exist',
    ]);
  });

  it('refuses a time-bound name on an entry with no lifespan, and accepts it once the entry is dated', () => {
    const json = fixture('valid.json').json;
    const entry = json.entries[0];
    entry.kind = 'organization';
    entry.dates = [];
    entry.names.push({ text: 'the volunteers', kind: 'weakAlias', lang: 'en', timeBound: true });
    const at = entry.names.length - 1;
    expect(validatePack({ file: 'p.json', json }).problems.map(formatProblem)).toEqual([
      `p.json: $.entries[0].names[${at}].timeBound: a time-bound name needs an organisation with a founded or dissolved date (it would never be marked)`,
    ]);
    entry.dates = [{ type: 'founded', date: '2013', sources: [entry.sources[0].id] }];
    expect(validatePack({ file: 'p.json', json }).problems).toEqual([]);
  });

  it('refuses a distinctive flag on anything but an acronym of three letters or more', () => {
    const json = fixture('valid.json').json;
    const entry = json.entries[0];
    const first = entry.names.length;
    entry.names.push({ text: 'rescue volunteers', kind: 'alias', lang: 'en', distinctive: true });
    entry.names.push({ text: 'RV', kind: 'acronym', distinctive: true });
    entry.names.push({ text: 'DRVS', kind: 'acronym', distinctive: true });
    expect(validatePack({ file: 'p.json', json }).problems.map(formatProblem)).toEqual([
      `p.json: $.entries[0].names[${first}].distinctive: only an acronym of three letters or more can be distinctive`,
      `p.json: $.entries[0].names[${first + 1}].distinctive: only an acronym of three letters or more can be distinctive`,
    ]);
  });

  it('rejects input that is not a pack at all', () => {
    expect(validatePack({ file: 'x.json', json: 42 }).problems.map(formatProblem)).toContain(
      'x.json: $.entries: must be an array of entries',
    );
    expect(validatePack({ file: 'x.json', json: null }).pack).toBeUndefined();
  });
});

describe('loadPacks (bundled layout)', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  function writePack(entries: Record<string, string>, meta?: string) {
    root = mkdtempSync(join(tmpdir(), 'packs-'));
    const valid = fixture('valid.json').json;
    const { entries: _entries, ...metaJson } = valid;
    mkdirSync(join(root, 'demo-user-pack', 'entries'), { recursive: true });
    writeFileSync(join(root, 'demo-user-pack', 'pack.json'), meta ?? JSON.stringify(metaJson));
    for (const [name, text] of Object.entries(entries)) writeFileSync(join(root, 'demo-user-pack', 'entries', name), text);
    return root;
  }

  it('loads a folder of entry files', () => {
    const entry = JSON.stringify(fixture('valid.json').json.entries[0]);
    const packs = loadPacks(writePack({ 'demo-rescue-volunteers.json': entry }), '/');
    expect(packs.map((p) => [p.id, p.entries.length])).toEqual([['demo-user-pack', 1]]);
  });

  it('fails naming the file for broken JSON, a wrong file name and a bad field', () => {
    const entry = fixture('valid.json').json.entries[0];
    const dir = writePack({
      'demo-rescue-volunteers.json': '{ "id": "demo-rescue-volunteers", ',
      'renamed.json': JSON.stringify(entry),
      'bad.json': JSON.stringify({ ...entry, id: 'bad', reviewed: '2026-13-01' }),
    });
    let error: unknown;
    try {
      loadPacks(dir, dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PackError);
    const message = (error as Error).message;
    expect(message).toMatch(/demo-user-pack\/entries\/demo-rescue-volunteers\.json: \$: not valid JSON/);
    expect(message).toMatch(
      /demo-user-pack\/entries\/renamed\.json: \$\.id: entry id "demo-rescue-volunteers" does not match its file name/,
    );
    expect(message).toMatch(/demo-user-pack\/entries\/bad\.json: \$\.reviewed: must be a date written YYYY-MM-DD/);
  });
});
