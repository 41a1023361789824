/** Small designation records for status tests (test-only facts). */
import type { Designation, DesignationEvent } from '../../lib/packs/pack-schema';

export const event = (date: string, type: DesignationEvent['type']): DesignationEvent => ({ date, type, sources: ['s1'] });

/** A record of one authority, named by its id, on a list called "List"; confirmed on `checked` when given. */
export const record = (authorityId: string, events: DesignationEvent[], checked?: string): Designation => ({
  authority: authorityId,
  authorityId,
  list: 'List',
  events,
  ...(checked ? { checked } : {}),
});
