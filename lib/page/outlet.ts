/**
 * The outlet's own name for itself ("BBC News", "Le Monde", "الجزيرة نت"), from what the page
 * declares: the Open Graph site name, then the publisher in its JSON-LD, then the web app's
 * application-name. Undefined when the page names none; the caller falls back to the host.
 */

/** Longest name kept: a real outlet name is short, a page's metadata may be anything. */
export const MAX_OUTLET_CHARS = 120;

export interface OutletSignals {
  /** [name, content] of each meta element, by property, name and itemprop (as lib/page/page-signals reads them). */
  readonly metas: readonly (readonly [string, string])[];
  /** The text of each JSON-LD script. */
  readonly jsonLd: readonly string[];
}

/** A usable name: white space collapsed, not empty, not a web address, not absurdly long. */
function cleanName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.replace(/\s+/gu, ' ').trim();
  if (name === '' || name.length > MAX_OUTLET_CHARS || /^https?:\/\//iu.test(name)) return undefined;
  return name;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every object in a JSON-LD document, @graph members and nested values included (bounded depth). */
function nodes(root: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 6 || found.length > 500) return;
    if (Array.isArray(node)) for (const item of node) visit(item, depth + 1);
    else if (isRecord(node)) {
      found.push(node);
      for (const value of Object.values(node)) if (typeof value === 'object') visit(value, depth + 1);
    }
  };
  visit(root, 0);
  return found;
}

/** The publisher's name in one JSON-LD document: inline, or through an @id pointing at another node. */
function publisherName(root: unknown): string | undefined {
  const all = nodes(root);
  const byId = new Map<string, Record<string, unknown>>();
  for (const node of all) if (typeof node['@id'] === 'string' && cleanName(node.name)) byId.set(node['@id'], node);
  for (const node of all) {
    const publishers = Array.isArray(node.publisher) ? node.publisher : [node.publisher];
    for (const publisher of publishers) {
      if (typeof publisher === 'string') continue; // a bare URL names nothing
      if (!isRecord(publisher)) continue;
      const name = cleanName(publisher.name);
      if (name) return name;
      const target = typeof publisher['@id'] === 'string' ? byId.get(publisher['@id']) : undefined;
      const linked = target && cleanName(target.name);
      if (linked) return linked;
    }
  }
  return undefined;
}

export function outletName(signals: OutletSignals): string | undefined {
  const meta = (key: string) => {
    for (const [name, content] of signals.metas) {
      if (name.toLowerCase() !== key) continue;
      const clean = cleanName(content);
      if (clean) return clean;
    }
    return undefined;
  };
  const fromOpenGraph = meta('og:site_name');
  if (fromOpenGraph) return fromOpenGraph;
  for (const text of signals.jsonLd) {
    try {
      const name = publisherName(JSON.parse(text));
      if (name) return name;
    } catch {
      // Broken JSON-LD is common; the other signals remain.
    }
  }
  return meta('application-name');
}
