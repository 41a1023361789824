import { describe, expect, it } from 'vitest';
import type { SavedArticle } from '../../lib/notebook/notebook';
import { notebookToJson, parseNotebookJson } from '../../lib/notebook/notebook-export';
import { type SavedArticleV1, upgradeArticle } from '../../lib/notebook/notebook-migrate';

const paragraph = { exact: 'HTS and the SDF met in Raqqa with UN envoys. Talks resumed.', prefix: 'Headline', suffix: 'Next' };

/** An article as notebook version 1 stored it: the same paragraph quoted under four entities. */
const v1: SavedArticleV1 = {
  id: 'https://news.example.com/a',
  url: 'https://news.example.com/a',
  title: 'Talks',
  site: 'news.example.com',
  savedAt: '2024-05-01T09:00:00.000Z',
  entities: [
    { id: 'hts', name: 'Hayat Tahrir al-Sham', kind: 'organization' },
    { id: 'sdf', name: 'Syrian Democratic Forces', kind: 'organization' },
    { id: 'raqqa', name: 'Raqqa', kind: 'place' },
    { id: 'un', name: 'United Nations', kind: 'organization' },
  ],
  mentions: [
    { entityId: 'hts', text: 'HTS', quote: paragraph },
    { entityId: 'sdf', text: 'SDF', quote: paragraph },
    { entityId: 'raqqa', text: 'Raqqa', quote: paragraph },
    { entityId: 'un', text: 'UN', quote: paragraph },
    // Same words, other context: another passage of the page.
    { entityId: 'hts', text: 'HTS', quote: { ...paragraph, prefix: 'Earlier' } },
  ],
  note: 'A note.',
};

describe('upgradeArticle', () => {
  it('keeps an identical quote once and points every mention at it', () => {
    expect(upgradeArticle(v1)).toStrictEqual({
      id: 'https://news.example.com/a',
      url: 'https://news.example.com/a',
      title: 'Talks',
      site: 'news.example.com',
      savedAt: '2024-05-01T09:00:00.000Z',
      entities: v1.entities,
      passages: [paragraph, { ...paragraph, prefix: 'Earlier' }],
      mentions: [
        { entityId: 'hts', text: 'HTS', passage: 0 },
        { entityId: 'sdf', text: 'SDF', passage: 0 },
        { entityId: 'raqqa', text: 'Raqqa', passage: 0 },
        { entityId: 'un', text: 'UN', passage: 0 },
        { entityId: 'hts', text: 'HTS', passage: 1 },
      ],
      note: 'A note.',
    });
  });

  it('keeps the publication date, and gives no outlet or status it never had', () => {
    const upgraded = upgradeArticle({ ...v1, publishedOn: '2024-03-01' });
    expect(upgraded.publishedOn).toBe('2024-03-01');
    expect('outlet' in upgraded).toBe(false);
    expect(upgraded.entities.every((entity) => !('status' in entity))).toBe(true);
  });

  it('returns a current article as it is', () => {
    const current: SavedArticle = { ...upgradeArticle(v1), outlet: 'News Example' };
    expect(upgradeArticle(current)).toBe(current);
  });
});

describe('notebook files of version 1', () => {
  const v1File = (articles: unknown[]) =>
    JSON.stringify({ format: 'backstory-notebook', version: 1, notebook: { articles, entityNotes: [] } });

  it('are read and upgraded; exported again they are version 2', () => {
    const parsed = parseNotebookJson(v1File([v1]));
    expect(parsed).toStrictEqual({ ok: true, data: { articles: [upgradeArticle(v1)], entityNotes: [] } });
    if (!parsed.ok) throw new Error('not parsed');
    const again = notebookToJson(parsed.data);
    expect(JSON.parse(again).version).toBe(2);
    expect(parseNotebookJson(again)).toStrictEqual(parsed);
  });

  it('are still checked as strictly as before', () => {
    expect(parseNotebookJson(v1File([{ ...v1, mentions: [{ ...v1.mentions[0], entityId: 'ghost' }] }]))).toEqual({
      ok: false,
      problems: ['notebook.articles[0].mentions[0].entityId: "ghost" is not in this article\'s entities'],
    });
    expect(parseNotebookJson(v1File([{ ...v1, passages: [] }]))).toEqual({
      ok: false,
      problems: ['notebook.articles[0]: unknown field "passages"'],
    });
  });
});
