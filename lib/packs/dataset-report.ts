/** The dataset report: what the packs hold and what needs a reviewer's attention. Pure, for tests and the CLI. */

import { normalizeKey } from '../engine/normalize';
import { sortedEvents } from './designation-status';
import type { Entry, EntryKind, Pack } from './pack-schema';

export interface SharedAlias {
  readonly key: string;
  /** "entry-id: Name as written" for each entry that has it. */
  readonly holders: string[];
}

export interface DatasetReport {
  readonly counts: Array<{ pack: string; kind: EntryKind | 'all'; entries: number }>;
  readonly withoutArabic: string[];
  readonly withoutFrench: string[];
  readonly staleReviews: Array<{ id: string; reviewed: string }>;
  readonly sharedAliases: SharedAlias[];
  readonly staleDesignations: Array<{ id: string; authority: string; list: string; latest: string }>;
}

/** The date `months` before `today` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) - months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

const hasLang = (entry: Entry, lang: string) => entry.names.some((name) => name.lang === lang || name.lang?.startsWith(`${lang}-`));

export function datasetReport(packs: readonly Pack[], today: string): DatasetReport {
  const counts: DatasetReport['counts'] = [];
  for (const pack of packs) {
    counts.push({ pack: pack.id, kind: 'all', entries: pack.entries.length });
    const byKind = new Map<EntryKind, number>();
    for (const entry of pack.entries) byKind.set(entry.kind, (byKind.get(entry.kind) ?? 0) + 1);
    for (const [kind, entries] of [...byKind].sort()) counts.push({ pack: pack.id, kind, entries });
  }
  const entries = packs.flatMap((pack) => pack.entries);
  const reviewCutoff = monthsBefore(today, 12);
  const designationCutoff = monthsBefore(today, 24);

  const holders = new Map<string, Map<string, string>>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const key = normalizeKey(name.text);
      if (key === '') continue;
      const byEntry = holders.get(key) ?? new Map<string, string>();
      if (!byEntry.has(entry.id)) byEntry.set(entry.id, `${entry.id}: ${name.text}`);
      holders.set(key, byEntry);
    }
  }
  const sharedAliases = [...holders]
    .filter(([, byEntry]) => byEntry.size > 1)
    .map(([key, byEntry]) => ({ key, holders: [...byEntry.values()] }))
    .sort((a, b) => a.key.localeCompare(b.key));

  const staleDesignations: DatasetReport['staleDesignations'] = [];
  for (const entry of entries) {
    for (const designation of entry.designations) {
      const events = sortedEvents(designation);
      const latest = designation.checked ?? events[events.length - 1]?.date;
      if (latest !== undefined && latest < designationCutoff) {
        staleDesignations.push({ id: entry.id, authority: designation.authority, list: designation.list, latest });
      }
    }
  }

  return {
    counts,
    withoutArabic: entries.filter((e) => !hasLang(e, 'ar')).map((e) => e.id),
    withoutFrench: entries.filter((e) => !hasLang(e, 'fr')).map((e) => e.id),
    staleReviews: entries.filter((e) => e.reviewed < reviewCutoff).map((e) => ({ id: e.id, reviewed: e.reviewed })),
    sharedAliases,
    staleDesignations,
  };
}

export function formatReport(report: DatasetReport, today: string): string {
  const lines: string[] = [`Dataset report, ${today}`, '', 'Entries by pack and kind:'];
  for (const row of report.counts) lines.push(`  ${row.pack.padEnd(20)} ${row.kind.padEnd(14)} ${row.entries}`);
  const list = (title: string, items: string[]) => {
    lines.push('', `${title} (${items.length}):`);
    lines.push(items.length === 0 ? '  none' : `  ${items.join(', ')}`);
  };
  list('Entries without an Arabic name', report.withoutArabic);
  list('Entries without a French name', report.withoutFrench);
  list(
    'Reviews older than 12 months',
    report.staleReviews.map((r) => `${r.id} (${r.reviewed})`),
  );
  lines.push('', `Aliases shared between entries (${report.sharedAliases.length}):`);
  if (report.sharedAliases.length === 0) lines.push('  none');
  for (const shared of report.sharedAliases) lines.push(`  "${shared.key}": ${shared.holders.join(' | ')}`);
  lines.push('', `Designations last confirmed or changed over 24 months ago, to re-check (${report.staleDesignations.length}):`);
  if (report.staleDesignations.length === 0) lines.push('  none');
  for (const d of report.staleDesignations) lines.push(`  ${d.id} / ${d.authority} / ${d.list} (${d.latest})`);
  return lines.join('\n');
}
