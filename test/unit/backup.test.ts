import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, backupToJson, parseBackup } from '../../lib/notebook/backup';
import { EMPTY_NOTEBOOK, type NotebookData } from '../../lib/notebook/notebook';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../lib/settings/settings';

const exportedAt = new Date('2024-05-02T10:00:00.000Z');

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  disabledPacks: ['syria-core'],
  highlightStyle: 'background',
  markMode: 'first',
  hoverDelayMs: 450,
  hiddenAuthorities: ['us-state'],
  showArticleDateComparison: false,
  theme: 'dark',
  siteMode: 'allowlist',
  allowedSites: ['news.example.com', 'wire.example.org'],
  blockedSites: ['shop.example.com'],
  hiddenEntries: { 'news.example.com': ['hts', 'idlib'] },
};

const notebook: NotebookData = {
  articles: [
    {
      id: 'https://news.example.com/a',
      url: 'https://news.example.com/a',
      title: 'Talks resume',
      site: 'news.example.com',
      outlet: 'News Example',
      publishedOn: '2024-03-05',
      savedAt: '2024-05-01T09:30:00.000Z',
      entities: [
        {
          id: 'hts',
          name: "Hay'at Tahrir al-Sham",
          kind: 'organization',
          status: {
            total: 2,
            onArticleDate: { date: '2024-03-05', listedBy: ['UN Security Council', 'US Department of State'] },
            onSaveDay: { date: '2024-05-01', inForceWith: ['UN Security Council'], unconfirmed: ['US Department of State'] },
          },
        },
      ],
      passages: [{ exact: 'HTS fighters held the road.', prefix: 'On Monday.', suffix: 'Talks resumed.' }],
      mentions: [{ entityId: 'hts', text: 'HTS', passage: 0 }],
      note: 'Compare with the wire story.',
    },
    {
      id: 'https://wire.example.org/b',
      url: 'https://wire.example.org/b',
      title: 'No date on this one',
      site: 'wire.example.org',
      savedAt: '2024-05-01T09:31:00.000Z',
      entities: [],
      passages: [],
      mentions: [],
      note: '',
    },
  ],
  entityNotes: [{ entityId: 'hts', text: 'Formerly the Nusra Front.', updatedAt: '2024-05-01T09:32:00.000Z' }],
};

const backup: Backup = { settings, notebook };

/** The exported file as plain JSON, to damage one part of it. */
const exported = () => JSON.parse(backupToJson(backup, exportedAt));

describe('backupToJson', () => {
  it('writes a self-describing, pretty-printed file ending in a newline', () => {
    const json = backupToJson({ settings: DEFAULT_SETTINGS, notebook: EMPTY_NOTEBOOK }, exportedAt);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.startsWith('{\n  "format": "backstory-data",\n  "version": 2,\n  "exportedAt": "2024-05-02T10:00:00.000Z",\n')).toBe(true);
    expect(JSON.parse(json)).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2024-05-02T10:00:00.000Z',
      settingsVersion: SETTINGS_VERSION,
      settings: DEFAULT_SETTINGS,
      notebook: { articles: [], entityNotes: [] },
    });
  });
});

describe('parseBackup', () => {
  it('round-trips: export, import and export again gives the identical file', () => {
    const json = backupToJson(backup, exportedAt);
    const parsed = parseBackup(json);
    expect(parsed).toStrictEqual({ ok: true, backup });
    if (!parsed.ok) throw new Error('not parsed');
    expect(backupToJson(parsed.backup, exportedAt)).toBe(json);
  });

  it('round-trips the defaults and an empty notebook', () => {
    const json = backupToJson({ settings: DEFAULT_SETTINGS, notebook: EMPTY_NOTEBOOK }, exportedAt);
    const parsed = parseBackup(json);
    expect(parsed).toStrictEqual({ ok: true, backup: { settings: DEFAULT_SETTINGS, notebook: EMPTY_NOTEBOOK } });
    if (parsed.ok) expect(backupToJson(parsed.backup, exportedAt)).toBe(json);
  });

  it('migrates settings written by settings version 1: they ran on every site', () => {
    const file = exported();
    file.settingsVersion = 1;
    const { siteMode: _, allowedSites: __, blockedSites: ___, hiddenEntries: ____, ...v1 } = file.settings;
    file.settings = v1;
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed).toStrictEqual({
      ok: true,
      backup: { settings: { ...settings, siteMode: 'all', allowedSites: [], blockedSites: [], hiddenEntries: {} }, notebook },
    });
  });

  it('keeps the mode of a version 2 file, and of a version 2 file that leaves it out (the default, news)', () => {
    const file = exported();
    expect(parseBackup(JSON.stringify(file))).toMatchObject({ ok: true, backup: { settings: { siteMode: 'allowlist' } } });
    delete file.settings.siteMode;
    expect(parseBackup(JSON.stringify(file))).toMatchObject({ ok: true, backup: { settings: { siteMode: 'news' } } });
  });

  it('rejects a file of another format or version', () => {
    const file = exported();
    file.format = 'backstory-notebook';
    file.version = 3;
    expect(parseBackup(JSON.stringify(file))).toEqual({
      ok: false,
      problems: ['format: must be "backstory-data" (is this a Backstory data file?)', 'version: must be 1 or 2'],
    });
  });

  /** A data file as version 1 wrote it: a quote in every mention, no outlet, no status. */
  const versionOneFile = () => {
    const file = exported();
    file.version = 1;
    file.notebook.articles[0] = {
      id: 'https://news.example.com/a',
      url: 'https://news.example.com/a',
      title: 'Talks resume',
      site: 'news.example.com',
      publishedOn: '2024-03-05',
      savedAt: '2024-05-01T09:30:00.000Z',
      entities: [
        { id: 'hts', name: "Hay'at Tahrir al-Sham", kind: 'organization' },
        { id: 'idlib', name: 'Idlib', kind: 'place' },
      ],
      // The same paragraph saved for two entities, and a second quote for one of them.
      mentions: [
        { entityId: 'hts', text: 'HTS', quote: { exact: 'HTS held Idlib. Talks resumed.', prefix: '', suffix: '' } },
        { entityId: 'idlib', text: 'Idlib', quote: { exact: 'HTS held Idlib. Talks resumed.', prefix: '', suffix: '' } },
        { entityId: 'hts', text: 'HTS', quote: { exact: 'HTS said no.', prefix: 'Talks resumed.', suffix: '' } },
      ],
      note: 'Compare with the wire story.',
    };
    file.notebook.articles[1] = { ...file.notebook.articles[1] };
    delete file.notebook.articles[1].passages;
    return file;
  };

  it('reads a version 1 file, upgrading its notebook: each quote kept once, mentions pointing at it', () => {
    const parsed = parseBackup(JSON.stringify(versionOneFile()));
    expect(parsed).toStrictEqual({
      ok: true,
      backup: {
        settings,
        notebook: {
          articles: [
            {
              id: 'https://news.example.com/a',
              url: 'https://news.example.com/a',
              title: 'Talks resume',
              site: 'news.example.com',
              publishedOn: '2024-03-05',
              savedAt: '2024-05-01T09:30:00.000Z',
              entities: [
                { id: 'hts', name: "Hay'at Tahrir al-Sham", kind: 'organization' },
                { id: 'idlib', name: 'Idlib', kind: 'place' },
              ],
              passages: [
                { exact: 'HTS held Idlib. Talks resumed.', prefix: '', suffix: '' },
                { exact: 'HTS said no.', prefix: 'Talks resumed.', suffix: '' },
              ],
              mentions: [
                { entityId: 'hts', text: 'HTS', passage: 0 },
                { entityId: 'idlib', text: 'Idlib', passage: 0 },
                { entityId: 'hts', text: 'HTS', passage: 1 },
              ],
              note: 'Compare with the wire story.',
            },
            notebook.articles[1],
          ],
          entityNotes: notebook.entityNotes,
        },
      },
    });
    // Exported again, it is a version 2 file that reads back the same.
    if (!parsed.ok) throw new Error('not parsed');
    expect(parseBackup(backupToJson(parsed.backup, exportedAt))).toStrictEqual(parsed);
  });

  it('reads each version in its own shape: new fields in a version 1 file, or old ones in a version 2 file, are refused', () => {
    const oldWithNew = versionOneFile();
    oldWithNew.notebook.articles[1].outlet = 'Wire';
    expect(parseBackup(JSON.stringify(oldWithNew))).toEqual({ ok: false, problems: ['notebook.articles[1]: unknown field "outlet"'] });
    const newWithOld = versionOneFile();
    newWithOld.version = 2;
    expect(parseBackup(JSON.stringify(newWithOld))).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        'notebook.articles[0].passages: is missing',
        'notebook.articles[0].mentions[0].passage: is missing',
      ]),
    });
  });

  it('rejects settings versions it does not know', () => {
    // -1e308 + 1 === -1e308: migrating "up" from there once looped for ever.
    for (const settingsVersion of [0, SETTINGS_VERSION + 1, 1.5, '2', null, -1e308]) {
      const file = { ...exported(), settingsVersion };
      expect(parseBackup(JSON.stringify(file)), String(settingsVersion)).toEqual({
        ok: false,
        problems: [`settingsVersion: must be a whole number from 1 to ${SETTINGS_VERSION}`],
      });
    }
    const { settingsVersion: _, ...missing } = exported();
    expect(parseBackup(JSON.stringify(missing))).toEqual({
      ok: false,
      problems: [`settingsVersion: must be a whole number from 1 to ${SETTINGS_VERSION}`],
    });
  });

  it('rejects the whole file for one bad or unknown setting, naming its path', () => {
    const file = exported();
    file.settings.hoverDelayMs = 5;
    file.settings.siteMode = 'some';
    file.settings.hiddenEntries = { 'example.com': 'hts' };
    file.settings.sparkle = true;
    expect(parseBackup(JSON.stringify(file))).toEqual({
      ok: false,
      problems: [
        'settings.hoverDelayMs: must be a whole number from 100 to 2000',
        'settings.siteMode: must be one of "all", "news", "allowlist"',
        'settings.hiddenEntries: example.com: must be a list of entry ids',
        'settings.sparkle: unknown setting',
      ],
    });
  });

  it('names settings keys that only look known because objects inherit them', () => {
    const json = backupToJson(backup, exportedAt).replace('"theme": "dark",', '"theme": "dark", "constructor": 1, "__proto__": {"x": 1},');
    expect(parseBackup(json)).toEqual({
      ok: false,
      problems: ['settings.constructor: unknown setting', 'settings.__proto__: unknown setting'],
    });
  });

  it('rejects settings or a notebook that are not objects', () => {
    const file = exported();
    file.settings = ['theme'];
    file.notebook = null;
    expect(parseBackup(JSON.stringify(file))).toEqual({
      ok: false,
      problems: ['settings: must be an object', 'notebook: must be an object'],
    });
  });

  it('rejects the whole file for a bad notebook, naming each path', () => {
    const file = exported();
    file.notebook.articles[0].url = 'javascript:alert(1)';
    file.notebook.articles[1].publishedOn = '2024-02-30';
    delete file.notebook.entityNotes[0].text;
    expect(parseBackup(JSON.stringify(file))).toEqual({
      ok: false,
      problems: [
        'notebook.articles[0].url: must be an http(s) URL',
        'notebook.articles[1].publishedOn: must be a day that exists in the calendar',
        'notebook.entityNotes[0].text: is missing',
      ],
    });
  });

  it('reports settings and notebook problems together', () => {
    const file = exported();
    file.settings.theme = 'neon';
    delete file.notebook.entityNotes;
    expect(parseBackup(JSON.stringify(file))).toEqual({
      ok: false,
      problems: ['settings.theme: must be one of "auto", "light", "dark"', 'notebook.entityNotes: is missing'],
    });
  });

  it('rejects text that is not JSON, or JSON that is not an object', () => {
    const broken = parseBackup('{"format": "backstory-data",');
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.problems).toHaveLength(1);
      expect(broken.problems[0]).toMatch(/^\(top level\): not valid JSON \(.+\)$/u);
    }
    expect(parseBackup('')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^\(top level\): not valid JSON/u)] });
    expect(parseBackup('[]')).toEqual({ ok: false, problems: ['(top level): must be an object'] });
    expect(parseBackup('null')).toEqual({ ok: false, problems: ['(top level): must be an object'] });
    expect(parseBackup('"backstory-data"')).toEqual({ ok: false, problems: ['(top level): must be an object'] });
  });

  it('refuses an unknown top-level key instead of ignoring it (issue 15)', () => {
    const file = { ...exported(), setings: { theme: 'dark' } };
    expect(parseBackup(JSON.stringify(file))).toEqual({ ok: false, problems: ['setings: not part of a Backstory data file'] });
  });
});
