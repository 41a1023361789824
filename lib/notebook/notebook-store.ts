/** The notebook in IndexedDB, with a small revision counter that open notebook views watch. */
import { storage } from '@wxt-dev/storage';
import { openDatabase } from '../database';
import type { EntityNote, NotebookData, SavedArticle } from './notebook';
import { upgradeArticle } from './notebook-migrate';

/** Bumped after every change (IndexedDB has no change events across the extension's pages). */
export const notebookRevision = storage.defineItem<number>('local:notebookRevision', { fallback: 0 });

async function bump(): Promise<void> {
  await notebookRevision.setValue((await notebookRevision.getValue()) + 1);
}

export async function readNotebook(): Promise<NotebookData> {
  const db = await openDatabase();
  const articles = await db.getAllFromIndex('articles', 'savedAt');
  // Articles saved by an older version keep their shape in the database until they are written again.
  return { articles: articles.reverse().map(upgradeArticle), entityNotes: await db.getAll('entityNotes') };
}

/** Saves an article, keeping the note of an earlier save of the same article. */
export async function saveArticle(article: SavedArticle): Promise<SavedArticle> {
  const db = await openDatabase();
  const earlier = await db.get('articles', article.id);
  const saved = earlier && article.note === '' ? { ...article, note: earlier.note } : article;
  await db.put('articles', saved);
  await bump();
  return saved;
}

export async function deleteArticle(id: string): Promise<void> {
  await (await openDatabase()).delete('articles', id);
  await bump();
}

export async function setArticleNote(id: string, note: string): Promise<void> {
  const db = await openDatabase();
  const article = await db.get('articles', id);
  if (!article) return;
  await db.put('articles', { ...upgradeArticle(article), note });
  await bump();
}

export async function setEntityNote(entityId: string, text: string, now = new Date()): Promise<void> {
  const db = await openDatabase();
  if (text.trim() === '') await db.delete('entityNotes', entityId);
  else await db.put('entityNotes', { entityId, text, updatedAt: now.toISOString() } satisfies EntityNote);
  await bump();
}

/** Replaces the whole notebook in one transaction: all of it is written, or none. */
export async function replaceNotebook(data: NotebookData): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction(['articles', 'entityNotes'], 'readwrite');
  const articles = tx.objectStore('articles');
  const notes = tx.objectStore('entityNotes');
  await Promise.all([
    articles.clear(),
    notes.clear(),
    ...data.articles.map((article) => articles.put(article)),
    ...data.entityNotes.map((note) => notes.put(note)),
    tx.done,
  ]);
  await bump();
}

/** Adds an imported notebook: its articles replace same-URL ones, its entity notes same-entity ones. */
export async function mergeIntoNotebook(data: NotebookData): Promise<{ articles: number; entityNotes: number }> {
  const db = await openDatabase();
  const tx = db.transaction(['articles', 'entityNotes'], 'readwrite');
  const articles = tx.objectStore('articles');
  const notes = tx.objectStore('entityNotes');
  await Promise.all([
    ...data.articles.map((article) => articles.put(article)),
    ...data.entityNotes.map((note) => notes.put(note)),
    tx.done,
  ]);
  await bump();
  return { articles: data.articles.length, entityNotes: data.entityNotes.length };
}
