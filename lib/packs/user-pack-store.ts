/**
 * Imported packs live in IndexedDB (they can be large, and survive extension updates): the pack
 * itself, and its compiled form (summary, authorities, alias index) that each worker start opens.
 */

import { storage } from '@wxt-dev/storage';
import { openDatabase as db } from '../database';
import { type CompiledUserPack, compileUserPack, type PackSource } from './dataset';
import type { Pack } from './pack-schema';

export async function getUserPack(id: string): Promise<Pack | undefined> {
  return (await db()).get('packs', id);
}

/**
 * Every imported pack's compiled form. A pack stored before packs were compiled at import (or
 * whose compiled form is missing) is compiled now, once, and kept.
 */
export async function compiledUserPacks(): Promise<CompiledUserPack[]> {
  const database = await db();
  const [ids, compiled] = await Promise.all([database.getAllKeys('packs'), database.getAll('packIndexes')]);
  const have = new Set(compiled.map((c) => c.id));
  for (const id of ids) {
    if (have.has(id)) continue;
    const pack = await database.get('packs', id);
    if (pack === undefined) continue;
    const made = compileUserPack(pack);
    await database.put('packIndexes', made);
    compiled.push(made);
  }
  // Store order is by id; keep it so entry numbers are stable across worker starts.
  return compiled.filter((c) => ids.includes(c.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
}

export async function putUserPack(pack: Pack, compiled: CompiledUserPack, source?: PackSource): Promise<void> {
  const database = await db();
  // Both or neither: a pack without its index (or the reverse) would be half imported.
  const transaction = database.transaction(['packs', 'packIndexes'], 'readwrite');
  await Promise.all([transaction.objectStore('packs').put(pack), transaction.objectStore('packIndexes').put(compiled), transaction.done]);
  const sources = await packSources.getValue();
  const { [pack.id]: _, ...others } = sources;
  await packSources.setValue(source ? { ...others, [pack.id]: source } : others);
}

/** Where URL-imported packs came from (small, so in extension storage). */
export const packSources = storage.defineItem<Record<string, PackSource>>('local:packSources', { fallback: {} });

export async function userPackSources(): Promise<Record<string, PackSource>> {
  return packSources.getValue();
}

export async function deleteUserPack(id: string): Promise<boolean> {
  const database = await db();
  if ((await database.get('packs', id)) === undefined) return false;
  const transaction = database.transaction(['packs', 'packIndexes'], 'readwrite');
  await Promise.all([transaction.objectStore('packs').delete(id), transaction.objectStore('packIndexes').delete(id), transaction.done]);
  const { [id]: _, ...others } = await packSources.getValue();
  await packSources.setValue(others);
  return true;
}
