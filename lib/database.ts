/**
 * The extension's IndexedDB database: large data that must survive extension updates (imported
 * packs, the notebook). Opened from the background and the extension's own pages (same origin);
 * content scripts reach it through messages.
 */
import { type DBSchema, openDB } from 'idb';
import type { EntityNote } from './notebook/notebook';
import type { StoredArticle } from './notebook/notebook-migrate';
import type { CompiledUserPack } from './packs/dataset';
import type { Pack } from './packs/pack-schema';

export interface BackstoryDb extends DBSchema {
  packs: { key: string; value: Pack };
  /** Each imported pack compiled at import (its alias index), so a worker start opens it as is. */
  packIndexes: { key: string; value: CompiledUserPack };
  /** Saved articles, each in the shape of the version that saved it (read through notebook-migrate's upgradeArticle). */
  articles: { key: string; value: StoredArticle; indexes: { savedAt: string } };
  entityNotes: { key: string; value: EntityNote };
}

export const DATABASE_NAME = 'backstory';

let connection: ReturnType<typeof open> | undefined;

/** One shared connection per context, opened on first use. */
export function openDatabase() {
  connection ??= open();
  return connection;
}

function open() {
  return openDB<BackstoryDb>(DATABASE_NAME, 3, {
    upgrade(database, oldVersion) {
      // Each step upgrades from the version before it, so any old database reaches the newest shape.
      if (oldVersion < 1) database.createObjectStore('packs', { keyPath: 'id' });
      if (oldVersion < 2) {
        const articles = database.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('savedAt', 'savedAt');
        database.createObjectStore('entityNotes', { keyPath: 'entityId' });
      }
      if (oldVersion < 3) database.createObjectStore('packIndexes', { keyPath: 'id' });
    },
    blocking() {
      // A newer version wants to upgrade: step aside, and reopen on next use.
      void connection?.then((db) => db.close());
      connection = undefined;
    },
  });
}
