/**
 * Detection fixtures: HTML pages with the expected mentions written inside them
 * (<script type="application/json" id="expected">[[text, entry id or "?"], …]</script>),
 * scanned with the bundled dataset exactly as the content script scans a page, the page's own
 * publication date (article:published_time and the like) included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/engine/scan-text';
import { openPacks } from '../../lib/packs/dataset';
import { loadPacks } from '../../lib/packs/node/load-packs';
import { findArticleRoot } from '../../lib/page/collect';
import { readPage } from '../../lib/page/page-scan';
import { readPageFacts } from '../../lib/page/page-signals';

const DIR = 'test/fixtures/detection';
const dataset = openPacks(loadPacks(process.env.BACKSTORY_PACKS ?? 'assets/packs'));
const index = dataset.indexSet();

function scanFixture(html: string) {
  const window = new Window();
  window.document.write(html);
  const document = window.document as unknown as Document;
  const expected = JSON.parse(document.getElementById('expected')?.textContent ?? 'null') as Array<[string, string]>;
  const snapshot = readPage(document);
  const on = readPageFacts(document, findArticleRoot(document)).articleDate?.date;
  const found = findMentions(snapshot.text, index, on === undefined ? undefined : dataset.dating(index, on)).map((m) => [
    m.text,
    m.entry === undefined ? '?' : index.entry(m.entry).id,
  ]);
  window.close();
  return { expected, found };
}

describe('detection fixtures', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));
  it('exist', () => expect(files.length).toBeGreaterThanOrEqual(6));
  for (const file of files) {
    it(file, () => {
      const { expected, found } = scanFixture(readFileSync(join(DIR, file), 'utf8'));
      expect(expected, 'fixture has an expected list').not.toBeNull();
      expect(found).toEqual(expected);
    });
  }
});
