/**
 * One compact row per authority: its status on the article's date and today. The headline above
 * it counts only confirmed listings (designation-summary); the rows show unconfirmed ones in a look
 * of their own.
 */
import { plural, t } from '../lib/i18n';
import { formatDate, sortedEvents } from '../lib/packs/designation-status';
import type { Designation } from '../lib/packs/pack-schema';
import { listShort, type StripCell, type StripRow, sharedAuthorities, stripRows } from './designation-strip';
import { authorityShort, stripLookLabel } from './labels';

interface Props {
  readonly designations: readonly Designation[];
  readonly articleDate: string | undefined;
  readonly today: string;
  /** Rows shown; the rest are counted and left to the dossier. */
  readonly maxRows: number;
}

/** The status word, and the day it took effect when the record knows it and it is not a listing. */
function Cell({ cell, row }: { cell: StripCell; row: StripRow }) {
  const { reading, look } = cell;
  const day = reading.removedBy ?? (look !== 'listed' && look !== 'unverified' ? reading.since?.date : undefined);
  // Unconfirmed since its last confirmation, or since its last event when it never had one.
  const since = row.designation.checked ?? sortedEvents(row.designation).at(-1)?.date;
  const title = look === 'unverified' && since ? t('designation_unverified', formatDate(since)) : undefined;
  return (
    <td>
      <span class={`pill look-${look}`} title={title}>
        {stripLookLabel(look)}
      </span>
      {day && ' '}
      {day && <span class="pill-date">{reading.removedBy ? t('strip_by_date', formatDate(day)) : formatDate(day)}</span>}
    </td>
  );
}

export function StatusStrip({ designations, articleDate, today, maxRows }: Props) {
  const rows = stripRows(designations, articleDate, today);
  // An authority with two lists (the US State Department's FTO and SDGT) names the list in its rows.
  const shared = sharedAuthorities(designations);
  const shown = rows.slice(0, maxRows);
  const hidden = rows.length - shown.length;
  return (
    <>
      <table class="strip">
        <caption class="visually-hidden">{t('strip_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">{t('strip_authority')}</span>
            </th>
            {articleDate && <th scope="col">{t('strip_article_date', formatDate(articleDate))}</th>}
            <th scope="col">{t('strip_today')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={`${row.designation.authorityId}-${i}`}>
              <th scope="row" title={`${row.designation.authority} — ${row.designation.list}`}>
                <span class="strip-name">{authorityShort(row.designation)}</span>
                {shared.has(row.designation.authorityId) && ' '}
                {shared.has(row.designation.authorityId) && <span class="strip-list">{listShort(row.designation.list)}</span>}
              </th>
              {row.atArticle && <Cell cell={row.atArticle} row={row} />}
              <Cell cell={row.now} row={row} />
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && <p class="strip-more">{plural('strip_more', hidden)}</p>}
    </>
  );
}
