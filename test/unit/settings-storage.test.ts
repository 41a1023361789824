/**
 * Issue 15, fault 1: a data import with 2,000 allowed sites and another notebook passed
 * validation, replaced the notebook, then failed on storage.sync's 8 KB per-item quota, leaving
 * the old notebook gone. These tests run the real settings store over WXT's fake browser, with
 * storage.sync refusing items over 8 KB as Chrome does.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupToJson, parseBackup } from '../../lib/notebook/backup';
import { applyBackup, type DataStores } from '../../lib/notebook/data-import';
import type { NotebookData } from '../../lib/notebook/notebook';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import {
  loadSettings,
  replaceSettings,
  SettingsWriteError,
  SYNC_BYTES_PER_ITEM,
  storageProblems,
  updateSettings,
} from '../../lib/settings/settings-store';

const article = (n: number) => ({
  id: `https://news.example.com/${n}`,
  url: `https://news.example.com/${n}`,
  title: `Story ${n}`,
  site: 'news.example.com',
  savedAt: '2026-11-01T09:00:00.000Z',
  entities: [],
  passages: [],
  mentions: [],
  note: '',
});
const oldNotebook: NotebookData = { articles: [article(1), article(2)], entityNotes: [] };
const otherNotebook: NotebookData = { articles: [article(3)], entityNotes: [] };
const manySites = Array.from({ length: 2000 }, (_, i) => `site-${i}.example.com`);

/** storage.sync as Chrome has it: an item over 8 KB (key plus JSON) is refused. */
function enforceSyncQuota() {
  const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  return vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      if (new TextEncoder().encode(key + JSON.stringify(value)).length > SYNC_BYTES_PER_ITEM) {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
    }
    return set(items);
  });
}

/** A notebook kept in memory, with the real settings store. */
function stores(initial: NotebookData): DataStores & { notebook: NotebookData } {
  const state = {
    notebook: initial,
    writeSettings: replaceSettings,
    settingsProblems: storageProblems,
    readNotebook: async () => state.notebook,
    replaceNotebook: async (notebook: NotebookData) => {
      state.notebook = notebook;
    },
    freeBytes: async () => undefined,
  };
  return state;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('settings storage', () => {
  it('keeps thousands of sites: the growing lists live in storage.local, the synced item stays small', async () => {
    enforceSyncQuota();
    const settings: Settings = { ...DEFAULT_SETTINGS, allowedSites: manySites, hiddenEntries: { 'news.example.com': ['hts'] } };
    await replaceSettings(settings);
    expect(await loadSettings()).toEqual(settings);
    const synced = (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>;
    expect(synced).not.toHaveProperty('allowedSites');
    expect(JSON.stringify(synced).length).toBeLessThan(1000);
  });

  it('moves the lists of settings stored before this version out of storage.sync', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, blockedSites: ['ads.example.com'] }, settings$: { v: 2 } });
    expect((await loadSettings()).blockedSites).toEqual(['ads.example.com']);
    const synced = (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>;
    expect(synced).not.toHaveProperty('blockedSites');
    expect((await loadSettings()).blockedSites).toEqual(['ads.example.com']);
  });

  it('refuses a write that would not fit, naming what is too long, and changes nothing', async () => {
    const before: Settings = { ...DEFAULT_SETTINGS, theme: 'dark' };
    await replaceSettings(before);
    const huge = { ...DEFAULT_SETTINGS, disabledPacks: Array.from({ length: 100 }, (_, i) => `pack-${'x'.repeat(90)}-${i}`) };
    expect(storageProblems(huge)[0]).toMatch(/^settings: \d+ bytes to sync, over the browser's limit of 8192/);
    await expect(replaceSettings(huge)).rejects.toBeInstanceOf(SettingsWriteError);
    expect(await loadSettings()).toEqual(before);
  });

  it('puts the lists back when the synced write fails after them', async () => {
    await replaceSettings({ ...DEFAULT_SETTINGS, allowedSites: ['old.example.com'] });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await expect(updateSettings({ allowedSites: ['new.example.com'], theme: 'dark' })).rejects.toThrow(
      /the browser refused to store the settings: MAX_WRITE_OPERATIONS_PER_MINUTE/,
    );
    vi.restoreAllMocks();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, allowedSites: ['old.example.com'] });
  });
});

describe('data import (applyBackup)', () => {
  const file = (settings: Settings, notebook: NotebookData) => {
    const parsed = parseBackup(backupToJson({ settings, notebook }, new Date('2026-12-01T00:00:00Z')));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    return parsed.backup;
  };

  it('imports 2,000 allowed sites and another notebook, all of it', async () => {
    enforceSyncQuota();
    const store = stores(oldNotebook);
    const outcome = await applyBackup(file({ ...DEFAULT_SETTINGS, allowedSites: manySites }, otherNotebook), store);
    expect(outcome).toEqual({ ok: true });
    expect(store.notebook).toEqual(otherNotebook);
    expect((await loadSettings()).allowedSites).toHaveLength(2000);
  });

  it('puts the old notebook and settings back when the settings write fails after the notebook was replaced', async () => {
    await replaceSettings({ ...DEFAULT_SETTINGS, theme: 'light' });
    const store = stores(oldNotebook);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const outcome = await applyBackup(file({ ...DEFAULT_SETTINGS, theme: 'dark' }, otherNotebook), store);
    expect(outcome).toMatchObject({ ok: false, outcome: 'rolledBack' });
    expect(outcome.ok === false && outcome.problems[0]).toMatch(
      /^nothing was imported: the browser refused to store the settings: QUOTA_BYTES/,
    );
    expect(store.notebook).toEqual(oldNotebook);
    vi.restoreAllMocks();
    expect((await loadSettings()).theme).toBe('light');
  });

  it('refuses before writing anything when the notebook will not fit in what the browser allows', async () => {
    const store = { ...stores(oldNotebook), freeBytes: async () => 100 };
    const outcome = await applyBackup(file(DEFAULT_SETTINGS, otherNotebook), store);
    expect(outcome).toMatchObject({ ok: false, outcome: 'refused', problems: [expect.stringMatching(/^notebook: needs about \d+ bytes/)] });
    expect(store.notebook).toEqual(oldNotebook);
  });
});
