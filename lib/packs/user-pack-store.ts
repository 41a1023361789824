/** Imported packs live in IndexedDB (they can be large, and survive extension updates). */

import { storage } from '@wxt-dev/storage';
import { openDatabase as db } from '../database';
import type { PackSource } from './dataset';
import type { Pack } from './pack-schema';

export async function allUserPacks(): Promise<Pack[]> {
  return (await db()).getAll('packs');
}

export async function putUserPack(pack: Pack, source?: PackSource): Promise<void> {
  await (await db()).put('packs', pack);
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
  await database.delete('packs', id);
  const { [id]: _, ...others } = await packSources.getValue();
  await packSources.setValue(others);
  return true;
}
