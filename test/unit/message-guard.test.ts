/**
 * Issue 15, fault 2: from the content script's world, importPack, removePack, importPackFromUrl,
 * saveArticle (with junk) and openPage all worked. Now each handler has an allowed-senders rule
 * and every request's shape is checked before a handler runs.
 */
import { describe, expect, it, vi } from 'vitest';
import { guardedDispatch, type SenderFacts } from '../../lib/message-guard';
import { type BackgroundMessages, envelope, type Handlers } from '../../lib/messages';

const self = { id: 'backstory-id', origin: 'chrome-extension://backstory-id/' };
const content: SenderFacts = { id: self.id, url: 'https://news.example.com/story', tab: { id: 7 } };
const optionsPage: SenderFacts = { id: self.id, url: 'chrome-extension://backstory-id/options.html', tab: { id: 3 } };
const popup: SenderFacts = { id: self.id, url: 'chrome-extension://backstory-id/popup.html' };
const stranger: SenderFacts = { id: 'another-extension', url: 'https://news.example.com/', tab: { id: 7 } };

function handlers() {
  const called = vi.fn();
  const answer = (name: string) => (params: unknown) => {
    called(name, params);
    return true as never;
  };
  const names: Array<keyof BackgroundMessages> = [
    'findMentions',
    'getEntry',
    'entryDesignations',
    'listEntries',
    'describeDataset',
    'importPack',
    'importPackFromUrl',
    'removePack',
    'openPage',
    'saveArticle',
  ];
  return { called, handlers: Object.fromEntries(names.map((n) => [n, answer(n)])) as unknown as Handlers<BackgroundMessages, unknown> };
}

const article = {
  id: 'https://news.example.com/story',
  url: 'https://news.example.com/story',
  title: 'A story',
  site: 'news.example.com',
  savedAt: '2026-12-06T09:00:00.000Z',
  entities: [{ id: 'hts', name: "Hay'at Tahrir al-Sham", kind: 'organization' }],
  passages: [{ exact: 'HTS said.', prefix: '', suffix: '' }],
  mentions: [{ entityId: 'hts', text: 'HTS', passage: 0 }],
  note: '',
};

const send = (h: Handlers<BackgroundMessages, unknown>, message: unknown, sender: SenderFacts) => guardedDispatch(h, message, sender, self);

describe('who may ask the background what', () => {
  it('refuses a content script anything that changes packs, fetches or lists them, and runs no handler', async () => {
    const { called, handlers: h } = handlers();
    const asks = [
      envelope<BackgroundMessages, 'importPack'>('importPack', { fileName: 'p.json', text: '{}' }),
      envelope<BackgroundMessages, 'importPackFromUrl'>('importPackFromUrl', { url: 'http://192.168.1.1/admin' }),
      envelope<BackgroundMessages, 'removePack'>('removePack', { id: 'my-pack' }),
      envelope<BackgroundMessages, 'listEntries'>('listEntries', { packId: 'syria-core' }),
      envelope<BackgroundMessages, 'describeDataset'>('describeDataset', {}),
      envelope<BackgroundMessages, 'entryDesignations'>('entryDesignations', { ids: ['hts'] }),
    ];
    for (const ask of asks) await expect(send(h, ask, content)).rejects.toThrow(/is answered for Backstory's own pages only/);
    expect(called).not.toHaveBeenCalled();
  });

  it('answers the same requests from the extension’s own pages', async () => {
    const { called, handlers: h } = handlers();
    await expect(
      send(h, envelope<BackgroundMessages, 'importPack'>('importPack', { fileName: 'p.json', text: '{}' }), optionsPage),
    ).resolves.toBe(true);
    await expect(send(h, envelope<BackgroundMessages, 'describeDataset'>('describeDataset', {}), popup)).resolves.toBe(true);
    await expect(
      send(h, envelope<BackgroundMessages, 'entryDesignations'>('entryDesignations', { ids: ['hts', 'sdf'] }), popup),
    ).resolves.toBe(true);
    expect(called).toHaveBeenCalledTimes(3);
  });

  it('lets a content script read matches and entries, and ignores other extensions entirely', async () => {
    const { handlers: h } = handlers();
    await expect(send(h, envelope<BackgroundMessages, 'findMentions'>('findMentions', { text: 'HTS' }), content)).resolves.toBe(true);
    await expect(
      send(h, envelope<BackgroundMessages, 'findMentions'>('findMentions', { text: 'HTS', on: '2025-07-16' }), content),
    ).resolves.toBe(true);
    await expect(send(h, envelope<BackgroundMessages, 'getEntry'>('getEntry', { id: 'hts' }), content)).resolves.toBe(true);
    expect(send(h, envelope<BackgroundMessages, 'findMentions'>('findMentions', { text: 'HTS' }), stranger)).toBeUndefined();
    expect(send(h, { backstory: 'notAMessage', params: {} }, content)).toBeUndefined();
  });

  it('checks each request’s shape before a handler sees it', async () => {
    const { called, handlers: h } = handlers();
    await expect(send(h, envelope<BackgroundMessages, 'findMentions'>('findMentions', { text: 5 } as never), content)).rejects.toThrow(
      /findMentions: text must be text/,
    );
    await expect(
      send(h, envelope<BackgroundMessages, 'findMentions'>('findMentions', { text: 'HTS', on: 'yesterday' }), content),
    ).rejects.toThrow(/on must be a date written YYYY-MM-DD/);
    await expect(send(h, { backstory: 'getEntry', params: 'hts' }, content)).rejects.toThrow(/must carry an object/);
    await expect(
      send(h, envelope<BackgroundMessages, 'openPage'>('openPage', { page: 'https://evil.example' } as never), optionsPage),
    ).rejects.toThrow(/page must be/);
    await expect(
      send(h, envelope<BackgroundMessages, 'importPackFromUrl'>('importPackFromUrl', { url: 'file:///etc/passwd' }), optionsPage),
    ).rejects.toThrow(/http\(s\) address/);
    for (const ids of ['hts', [5], ['x'.repeat(301)], Array.from({ length: 2_001 }, (_, i) => `e${i}`)]) {
      await expect(
        send(h, envelope<BackgroundMessages, 'entryDesignations'>('entryDesignations', { ids } as never), popup),
      ).rejects.toThrow(/entryDesignations: ids must be a list/);
    }
    expect(called).not.toHaveBeenCalled();
  });

  it('takes a save from a page only when it is a well-formed article from that page’s own site', async () => {
    const { called, handlers: h } = handlers();
    const save = (a: unknown) => send(h, envelope<BackgroundMessages, 'saveArticle'>('saveArticle', { article: a as never }), content);
    await expect(save({ ...article, entities: 'oops' })).rejects.toThrow(/saveArticle: article\.entities: /);
    await expect(save({ ...article, url: 'javascript:alert(1)' })).rejects.toThrow(/article\.url: /);
    // Pages save in the current shape only: a mention pointing at no passage, or the old quote-per-mention shape, is refused.
    await expect(save({ ...article, passages: [] })).rejects.toThrow(/article\.mentions\[0\]\.passage: /);
    const { passages: _, ...withoutPassages } = article;
    await expect(
      save({ ...withoutPassages, mentions: [{ entityId: 'hts', text: 'HTS', quote: { exact: 'HTS said.', prefix: '', suffix: '' } }] }),
    ).rejects.toThrow(/article\.passages: is missing/);
    await expect(save({ ...article, url: 'https://bank.example.org/', id: 'https://bank.example.org/' })).rejects.toThrow(
      /only an article from its own site/,
    );
    expect(called).not.toHaveBeenCalled();
    await expect(save(article)).resolves.toBe(true);
    expect(called).toHaveBeenCalledWith('saveArticle', { article });
  });
});
