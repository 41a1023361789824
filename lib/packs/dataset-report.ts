/** The dataset report: what the packs hold and what needs a reviewer's attention. Pure, for tests and the CLI. */

import { normalizeKey } from '../engine/normalize';
import { CONFIRMATION_LIFETIME_DAYS, confirmedFor, sortedEvents, statusOn } from './designation-status';
import type { Entry, EntryKind, Pack } from './pack-schema';

export interface SharedAlias {
  readonly key: string;
  /** "entry-id: Name as written" for each entry that has it. */
  readonly holders: string[];
}

/** What the report needs of a list's ledger (data/designation-lists/*.json). */
export interface ListLedger {
  readonly file: string;
  readonly authorityId: string;
  readonly listName: string;
  readonly organizations: readonly unknown[];
  readonly officialCount: {
    readonly current: number | null;
    readonly asOf: string | null;
    readonly note?: string;
    readonly sources: readonly string[];
  } | null;
  readonly sources: ReadonlyArray<{ readonly id: string; readonly url: string; readonly accessed: string }>;
}

export interface ListCoverage {
  readonly authorityId: string;
  readonly list: string;
  /** Organisations the ledger found ever listed. */
  readonly ledgerOrganisations: number;
  /** Entries with a designation record for this list, and how many of those read "listed" today. */
  readonly entries: number;
  readonly listedToday: number;
  /** Of those, the ones whose status was confirmed on a stated day (the rest are unverified). */
  readonly listedConfirmed: number;
  /** Of the confirmed ones, those confirmed recently enough for the card to show them as in force today (confirmedFor). */
  readonly listedConfirmedToday: number;
  /** The list's own count of who is on it now, where a source gave one. */
  readonly official: { readonly count: number; readonly asOf: string | null; readonly where: string } | undefined;
}

export interface AuthorityCounts {
  readonly authorityId: string;
  readonly records: number;
  readonly events: number;
  readonly checked: number;
  readonly unchecked: number;
  /** Checked records whose confirmation is recent enough to stand for today (confirmedFor). */
  readonly current: number;
}

export interface DatasetReport {
  readonly totals: { readonly entries: number; readonly designations: number; readonly events: number };
  readonly authorities: AuthorityCounts[];
  readonly coverage: ListCoverage[];
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

function authorityCounts(entries: readonly Entry[], today: string): AuthorityCounts[] {
  const counts = new Map<string, { records: number; events: number; checked: number; unchecked: number; current: number }>();
  for (const designation of entries.flatMap((entry) => entry.designations)) {
    const row = counts.get(designation.authorityId) ?? { records: 0, events: 0, checked: 0, unchecked: 0, current: 0 };
    row.records++;
    row.events += designation.events.length;
    if (designation.checked) row.checked++;
    else row.unchecked++;
    if (confirmedFor(designation, today)) row.current++;
    counts.set(designation.authorityId, row);
  }
  return [...counts].map(([authorityId, row]) => ({ authorityId, ...row })).sort((a, b) => b.records - a.records);
}

function listCoverage(entries: readonly Entry[], ledgers: readonly ListLedger[], today: string): ListCoverage[] {
  return ledgers.map((ledger) => {
    const records = entries.flatMap((entry) =>
      entry.designations.filter((d) => d.authorityId === ledger.authorityId && d.list === ledger.listName).map((d) => ({ entry, d })),
    );
    const covering = new Set(records.map((r) => r.entry.id));
    const listedRecords = records.filter((r) => statusOn(r.d, today).status === 'listed');
    const listed = new Set(listedRecords.map((r) => r.entry.id));
    const confirmed = new Set(listedRecords.filter((r) => r.d.checked !== undefined).map((r) => r.entry.id));
    const confirmedToday = new Set(listedRecords.filter((r) => confirmedFor(r.d, today)).map((r) => r.entry.id));
    const official = ledger.officialCount;
    const where = official?.sources
      .map((id) => ledger.sources.find((source) => source.id === id))
      .filter((source) => source !== undefined)
      .map((source) => `${source.url} (read ${source.accessed})`)[0];
    return {
      authorityId: ledger.authorityId,
      list: ledger.listName,
      ledgerOrganisations: ledger.organizations.length,
      entries: covering.size,
      listedToday: listed.size,
      listedConfirmed: confirmed.size,
      listedConfirmedToday: confirmedToday.size,
      official: official?.current != null ? { count: official.current, asOf: official.asOf, where: where ?? ledger.file } : undefined,
    };
  });
}

export function datasetReport(packs: readonly Pack[], today: string, ledgers: readonly ListLedger[] = []): DatasetReport {
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

  const designations = entries.flatMap((entry) => entry.designations);
  return {
    totals: { entries: entries.length, designations: designations.length, events: designations.reduce((n, d) => n + d.events.length, 0) },
    authorities: authorityCounts(entries, today),
    coverage: listCoverage(entries, ledgers, today),
    counts,
    withoutArabic: entries.filter((e) => !hasLang(e, 'ar')).map((e) => e.id),
    withoutFrench: entries.filter((e) => !hasLang(e, 'fr')).map((e) => e.id),
    staleReviews: entries.filter((e) => e.reviewed < reviewCutoff).map((e) => ({ id: e.id, reviewed: e.reviewed })),
    sharedAliases,
    staleDesignations,
  };
}

export function formatReport(report: DatasetReport, today: string): string {
  const { totals } = report;
  const lines: string[] = [
    `Dataset report, ${today}`,
    '',
    `${totals.entries} entries, ${totals.designations} designation records, ${totals.events} designation events.`,
    '',
    'Entries by pack and kind:',
  ];
  for (const row of report.counts) lines.push(`  ${row.pack.padEnd(24)} ${row.kind.padEnd(14)} ${row.entries}`);
  lines.push(
    '',
    `Designation records by authority (checked = current status confirmed on a stated day; current = checked within the last ${CONFIRMATION_LIFETIME_DAYS} days, the only confirmations the card shows as in force):`,
  );
  lines.push(
    `  ${'authority'.padEnd(12)} ${'records'.padStart(7)} ${'events'.padStart(7)} ${'checked'.padStart(8)} ${'unchecked'.padStart(10)} ${'current'.padStart(8)}`,
  );
  for (const a of report.authorities) {
    lines.push(
      `  ${a.authorityId.padEnd(12)} ${String(a.records).padStart(7)} ${String(a.events).padStart(7)} ${String(a.checked).padStart(8)} ${String(a.unchecked).padStart(10)} ${String(a.current).padStart(8)}`,
    );
  }
  if (report.coverage.length > 0) {
    lines.push('', "Coverage of each list (ledger: organisations found ever listed; official: the list's own current count):");
    for (const c of report.coverage) {
      const packs = `listed today in the packs ${c.listedToday} (${c.listedConfirmed} confirmed, of them ${c.listedConfirmedToday} within ${CONFIRMATION_LIFETIME_DAYS} days; ${c.listedToday - c.listedConfirmed} unverified)`;
      const official = c.official
        ? `official ${c.official.count}${c.official.asOf ? ` as of ${c.official.asOf}` : ' (undated)'}; ${packs}, confirmed = ${Math.round((100 * c.listedConfirmed) / c.official.count)}% of official (${Math.round((100 * c.listedConfirmedToday) / c.official.count)}% within ${CONFIRMATION_LIFETIME_DAYS} days); from ${c.official.where}`
        : `no official count found; ${packs}`;
      lines.push(`  ${c.authorityId} / ${c.list}`, `    ledger ${c.ledgerOrganisations}, entries with a record ${c.entries}; ${official}`);
    }
  }
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
