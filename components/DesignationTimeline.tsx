/**
 * The dossier's designation timeline: one lane per authority, listed periods as bars, removals and
 * lapses as their ends, and the article's date and today as vertical lines. The same facts are in
 * the history lists below it; the picture shows them at once, and its text alternative reads them.
 */

import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { confirmedFor, formatDate, type ListedPeriod, listedPeriods } from '../lib/packs/designation-status';
import type { Designation } from '../lib/packs/pack-schema';
import { listShort, sharedAuthorities } from './designation-strip';
import { authorityShort, statusLabel } from './labels';

interface Props {
  readonly designations: readonly Designation[];
  readonly articleDate: string | undefined;
  readonly today: string;
}

/** Drawn at the width it is shown, so its text keeps its size in a narrow side panel. */
const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 280;
const RIGHT = 14;
const TOP = 20;
const LANE = 26;
const BAR = 12;
const AXIS = 22;
/** Rough advance of one character of the 11 px labels (bold lane names a little wider): enough to lay them out without measuring. */
const CHAR_PX = 6.2;
const BOLD_CHAR_PX = 6.6;

/** A YYYY, YYYY-MM or YYYY-MM-DD date as a fractional year (a month or year alone: its first day). */
export function yearOf(date: string): number {
  const [year = '0', month = '1', day = '1'] = date.split('-');
  return Number(year) + (Number(month) - 1) / 12 + (Number(day) - 1) / 365;
}

/** A year label (four digits at 11 px) with room on both sides. */
const TICK_PX = 40;

/** Ticks every 1, 2, 5, 10… years: at most eight of them, and no closer than a label's width. */
function yearTicks(from: number, to: number, plotWidth: number): number[] {
  const span = to - from;
  const most = Math.max(2, Math.min(8, Math.floor(plotWidth / TICK_PX)));
  const step = [1, 2, 5, 10, 20, 50].find((s) => span / s <= most) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  return ticks;
}

const ENDING_LABEL: Record<Exclude<ListedPeriod['ending'], 'running'>, () => string> = {
  delisted: () => statusLabel('delisted'),
  expired: () => statusLabel('expired'),
  suspended: () => statusLabel('suspended'),
  'removed-by': () => t('timeline_removed_by'),
};

function describePeriod(period: ListedPeriod): string {
  const from = period.start ? formatDate(period.start) : t('timeline_unknown_start');
  if (period.ending === 'running' || period.end === undefined) return t('timeline_period_running', from);
  return t('timeline_period_ended', from, formatDate(period.end), ENDING_LABEL[period.ending]());
}

/** One sentence per lane, for the picture's text alternative. */
export function describeLane(designation: Designation, label: string = authorityShort(designation)): string {
  const periods = listedPeriods(designation);
  const text = periods.length === 0 ? t('timeline_never_listed') : periods.map(describePeriod).join(t('list_separator_clauses'));
  return t('timeline_lane', label, text);
}

/** The width of the element, followed as it changes (the side panel can be resized). */
function useWidth(): [number, (element: HTMLElement | null) => void] {
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const [element, setElement] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(Math.max(MIN_WIDTH, measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [width, setElement];
}

/** A lane's label: the authority, and the list where the authority has two (FTO, SDGT). */
function laneLabel(designation: Designation, shared: ReadonlySet<string>): string {
  const authority = authorityShort(designation);
  return shared.has(designation.authorityId) ? `${authority} ${listShort(designation.list)}` : authority;
}

/**
 * Where the article line's label goes: centred on its line, or, when that would run into "Today"
 * (whose label ends at today's line), ending just left of its line or of the "Today" label.
 */
function articleLabelAt(articleX: number, todayX: number): { x: number; 'text-anchor': 'middle' | 'end' } {
  const article = t('timeline_article').length * CHAR_PX;
  const today = t('strip_today').length * CHAR_PX;
  const gap = todayX - articleX;
  if (gap >= today + article / 2 + 6) return { x: articleX, 'text-anchor': 'middle' };
  return { x: Math.min(articleX - 4, todayX - today - 6), 'text-anchor': 'end' };
}

export function DesignationTimeline({ designations, articleDate, today }: Props) {
  const [WIDTH, measure] = useWidth();
  if (designations.length === 0) return null;
  const shared = sharedAuthorities(designations);
  // The lane names' column is as wide as the longest name needs, up to 45% of the width.
  const longest = Math.max(...designations.map((d) => laneLabel(d, shared).length));
  const LABEL = Math.min(Math.round(WIDTH * 0.45), Math.max(48, Math.round(longest * BOLD_CHAR_PX) + 12));
  const lanes = designations.map((designation) => ({ designation, periods: listedPeriods(designation) }));
  const known = designations.flatMap((d) => d.events.map((event) => yearOf(event.date)));
  if (articleDate) known.push(yearOf(articleDate));
  const now = yearOf(today);
  const from = Math.floor(Math.min(...known, now) - 0.5);
  const to = now + Math.max(0.3, (now - from) * 0.02);
  const x = (year: number) => LABEL + ((year - from) / (to - from)) * (WIDTH - LABEL - RIGHT);
  const height = TOP + lanes.length * LANE + AXIS;
  const axisY = TOP + lanes.length * LANE;
  const summary = lanes.map(({ designation }) => describeLane(designation, laneLabel(designation, shared))).join(' ');

  return (
    <figure class="timeline" ref={measure}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary} dir="ltr">
        <defs>
          <linearGradient id="tl-fade-in">
            <stop offset="0" class="tl-stop-clear" />
            <stop offset="1" class="tl-stop-solid" />
          </linearGradient>
        </defs>
        {yearTicks(from, to, WIDTH - LABEL - RIGHT).map((year) => (
          <g key={year} class="tl-tick">
            <line x1={x(year)} x2={x(year)} y1={TOP - 4} y2={axisY} />
            <text x={x(year)} y={axisY + 15} text-anchor="middle">
              {year}
            </text>
          </g>
        ))}
        {lanes.map(({ designation, periods }, lane) => {
          const y = TOP + lane * LANE + (LANE - BAR) / 2;
          const confirmed = confirmedFor(designation, today);
          // What the record vouches for: its events, and its last confirmation.
          const latest = Math.max(
            ...designation.events.map((event) => yearOf(event.date)),
            designation.checked ? yearOf(designation.checked) : 0,
          );
          return (
            <g key={`${designation.authorityId}-${lane}`} class="tl-lane">
              <title>{describeLane(designation, laneLabel(designation, shared))}</title>
              <text class="tl-label" x={LABEL - 8} y={y + BAR - 2} text-anchor="end">
                {laneLabel(designation, shared)}
              </text>
              <line class="tl-rail" x1={LABEL} x2={WIDTH - RIGHT} y1={y + BAR / 2} y2={y + BAR / 2} />
              {periods.map((period, i) => {
                const start = period.start ? x(yearOf(period.start)) : LABEL;
                const end = x(period.end ? yearOf(period.end) : now);
                // A running listing nobody confirmed is drawn solid only as far as its last known event.
                const solidEnd = period.ending === 'running' && !confirmed ? Math.max(start, x(latest)) : end;
                return (
                  <g key={i}>
                    {period.start === undefined && (
                      <rect class="tl-bar tl-unknown-start" x={LABEL} y={y} width={Math.min(28, end - LABEL)} height={BAR} />
                    )}
                    <rect
                      class="tl-bar"
                      x={period.start === undefined ? Math.min(LABEL + 28, end) : start}
                      y={y}
                      width={Math.max(2, solidEnd - (period.start === undefined ? Math.min(LABEL + 28, end) : start))}
                      height={BAR}
                    />
                    {solidEnd < end && <rect class="tl-bar tl-unconfirmed" x={solidEnd} y={y} width={end - solidEnd} height={BAR} />}
                    {period.ending !== 'running' && (
                      <line class={`tl-end tl-end-${period.ending}`} x1={end} x2={end} y1={y - 3} y2={y + BAR + 3} />
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
        {articleDate && (
          <g class="tl-marker tl-article">
            <line x1={x(yearOf(articleDate))} x2={x(yearOf(articleDate))} y1={TOP - 6} y2={axisY} />
            <text {...articleLabelAt(x(yearOf(articleDate)), x(now))} y={TOP - 9}>
              {t('timeline_article')}
            </text>
          </g>
        )}
        <g class="tl-marker tl-today">
          <line x1={x(now)} x2={x(now)} y1={TOP - 6} y2={axisY} />
          <text x={x(now)} y={TOP - 9} text-anchor="end">
            {t('strip_today')}
          </text>
        </g>
      </svg>
      <figcaption>
        <span class="legend">
          <span class="swatch tl-swatch-listed" /> {t('timeline_legend_listed')}
        </span>
        <span class="legend">
          <span class="swatch tl-swatch-unconfirmed" /> {t('timeline_legend_unconfirmed')}
        </span>
        <span class="legend">
          <span class="swatch tl-swatch-end" /> {t('timeline_legend_end')}
        </span>
      </figcaption>
    </figure>
  );
}
