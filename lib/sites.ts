/** Which sites Backstory runs on: the user's mode, allow list and block list. */
import type { Settings } from './settings';

/** The site a URL belongs to: its host name without a leading "www."; undefined for non-web URLs. */
export function siteOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.hostname.replace(/^www\./, '');
}

/**
 * Reads what a user typed into a site list ("https://www.example.com/page", "Example.com") as a
 * site, or undefined when it is not one.
 */
export function parseSite(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return undefined;
  const site = siteOf(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
  // A host name needs at least one dot or be "localhost"; this rejects typos such as "example".
  return site && (site.includes('.') || site === 'localhost') ? site : undefined;
}

/** Is the site on the list, itself or as a subdomain of a listed site? */
export function siteListed(list: readonly string[], site: string): boolean {
  return list.some((listed) => site === listed || site.endsWith(`.${listed}`));
}

export type SiteVerdict =
  | { readonly run: true; readonly because: 'allowed' | 'all-sites' | 'news-article' }
  | { readonly run: false; readonly because: 'blocked' | 'not-news' | 'not-allowed' };

/** Should Backstory mark this page? Block list first, then allow list, then the mode. */
export function siteVerdict(
  settings: Pick<Settings, 'siteMode' | 'allowedSites' | 'blockedSites'>,
  site: string,
  isNews: boolean,
): SiteVerdict {
  if (siteListed(settings.blockedSites, site)) return { run: false, because: 'blocked' };
  if (siteListed(settings.allowedSites, site)) return { run: true, because: 'allowed' };
  if (settings.siteMode === 'all') return { run: true, because: 'all-sites' };
  if (settings.siteMode === 'news') return isNews ? { run: true, because: 'news-article' } : { run: false, because: 'not-news' };
  return { run: false, because: 'not-allowed' };
}

/**
 * The one-click toggle (popup and card): turning a site off puts it on the block list; turning
 * it on takes it off the block list and, unless the mode is "all sites", onto the allow list.
 */
export function toggleSite(
  settings: Pick<Settings, 'siteMode' | 'allowedSites' | 'blockedSites'>,
  site: string,
  on: boolean,
): Pick<Settings, 'allowedSites' | 'blockedSites'> {
  const without = (list: readonly string[]) => list.filter((listed) => !(site === listed || site.endsWith(`.${listed}`)));
  if (!on) return { allowedSites: without(settings.allowedSites), blockedSites: [...without(settings.blockedSites), site] };
  const blockedSites = without(settings.blockedSites);
  const needsAllowing = settings.siteMode !== 'all' && !siteListed(settings.allowedSites, site);
  const allowedSites = needsAllowing ? [...settings.allowedSites, site] : [...settings.allowedSites];
  return { allowedSites, blockedSites };
}
