/** Gathers the signals a page exposes about itself, for lib/pubdate and lib/news-detect. */
import { type NewsSignals, newsEvidence } from './news-detect';
import { outletName } from './outlet';
import { type DateSignals, detectPublicationDate, type PublicationDate } from './pubdate';

export function readDateSignals(doc: Document, articleRoot: Element): DateSignals {
  const metas: Array<[string, string]> = [];
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    // One element may carry several names (property="article:published" itemprop="datePublished").
    for (const attribute of ['property', 'name', 'itemprop']) {
      const name = meta.getAttribute(attribute);
      if (name) metas.push([name, content]);
    }
  }
  const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
  // <time> in the article's header first, then the article, then the page.
  const scopes = [articleRoot.querySelector('header'), articleRoot, doc.querySelector('header'), doc];
  const times: string[] = [];
  for (const scope of scopes) {
    if (!scope) continue;
    const pubdate = scope.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime]');
    if (pubdate) times.push(pubdate.getAttribute('datetime') ?? '');
    // Any other dated <time>, but never a "last updated" one.
    const first = scope.querySelector('time[datetime]:not([itemprop="dateModified"])');
    if (first) times.push(first.getAttribute('datetime') ?? '');
  }
  return { metas, jsonLd, times, url: doc.location?.href ?? doc.URL };
}

/** Gathers what lib/news-detect weighs: metadata, structured data and <article> elements. */
export function readNewsSignals(doc: Document, dates: DateSignals, publicationDate: PublicationDate | undefined): NewsSignals {
  return {
    metas: dates.metas,
    jsonLd: dates.jsonLd,
    itemTypes: Array.from(doc.querySelectorAll('[itemtype]'), (element) => element.getAttribute('itemtype') ?? ''),
    articleElements: doc.getElementsByTagName('article').length,
    publicationDate,
  };
}

/** What a page says about itself: its publication date, and whether it looks like a news article. */
export function readPageFacts(doc: Document, articleRoot: Element): { articleDate: PublicationDate | undefined; isNews: boolean } {
  const dates = readDateSignals(doc, articleRoot);
  const articleDate = detectPublicationDate(dates);
  return { articleDate, isNews: newsEvidence(readNewsSignals(doc, dates, articleDate)) !== undefined };
}

/** The outlet's name as the page declares it (og:site_name, JSON-LD publisher, application-name), if it does. */
export function readOutletName(doc: Document): string | undefined {
  const { metas, jsonLd } = readDateSignals(doc, doc.body ?? doc.documentElement);
  return outletName({ metas, jsonLd });
}
