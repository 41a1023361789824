// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchMutations } from '../../entrypoints/content/mutation-watch';
import { AliasIndex } from '../../lib/engine/alias-index';
import { compileIndex } from '../../lib/engine/index-compile';
import { collectText, rangeFor } from '../../lib/page/collect';
import { scanPage } from '../../lib/page/page-scan';
import { TEST_ENTRIES } from '../support/entries';

const index = AliasIndex.open(compileIndex(TEST_ENTRIES));

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

/** A host element in the body with an open (or closed) shadow root holding `html`. */
function host(html: string, mode: ShadowRootMode = 'open', light = ''): { element: HTMLElement; shadow: ShadowRoot } {
  const element = document.createElement('div');
  element.innerHTML = light;
  document.body.append(element);
  const shadow = element.attachShadow({ mode });
  shadow.innerHTML = html;
  return { element, shadow };
}

describe('text in open shadow roots', () => {
  it('is read where its host stands, with ranges that point into the shadow tree', () => {
    document.body.innerHTML = '<p>Before the component.</p>';
    const { shadow } = host('<p>Fighting near Aleppo went on.</p>');
    document.body.insertAdjacentHTML('beforeend', '<p>After it.</p>');
    const snapshot = collectText(document.body);
    expect(snapshot.text).toBe('Before the component.\nFighting near Aleppo went on.\nAfter it.\n');
    expect(snapshot.shadowRoots).toEqual([shadow]);
    const at = snapshot.text.indexOf('Aleppo');
    const range = rangeFor(snapshot, at, at + 'Aleppo'.length);
    expect(range.toString()).toBe('Aleppo');
    expect(range.startContainer.getRootNode()).toBe(shadow);
  });

  it('reads slots as the light nodes assigned to them, fallback content when none is, and nested hosts', () => {
    const { shadow } = host(
      '<h2><slot name="title">No title</slot></h2><div><slot></slot></div><div><slot name="none">Fallback text</slot></div>',
      'open',
      '<span slot="title">Report from Idlib</span><p>Body text.</p>',
    );
    const inner = shadow.querySelector('div')!.appendChild(document.createElement('section')).attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Inner words.</p>';
    const text = collectText(document.body).text;
    // The title slot shows its assigned span, the default slot the paragraph; the nested host's shadow
    // tree is read; a slot with nothing assigned shows its fallback.
    expect(text).toContain('Report from Idlib');
    expect(text).not.toContain('No title');
    expect(text.indexOf('Report from Idlib')).toBeLessThan(text.indexOf('Body text.'));
    expect(text).toContain('Inner words.');
    expect(text).toContain('Fallback text');
  });

  it('never joins text across a shadow boundary into one run, so no range spans two trees', () => {
    document.body.innerHTML = '<p id="p">Hay\'at Tahrir</p>';
    const element = document.getElementById('p')!.appendChild(document.createElement('span'));
    element.attachShadow({ mode: 'open' }).innerHTML = 'al-Sham';
    expect(collectText(document.body).text).toBe("Hay'at Tahrir\nal-Sham\n");
  });

  it('skips code, editable regions and page chrome inside shadow trees as in the light tree', () => {
    host('<nav>Aleppo menu</nav><p>Prose about Idlib.</p><pre>Aleppo code</pre><div contenteditable>Aleppo draft</div>');
    expect(collectText(document.body).text).toBe('Prose about Idlib.\n');
  });

  it('reads a root that is itself a shadow host once, slotted children included', () => {
    const { element } = host('<p>Shadow text.</p><slot></slot>', 'open', '<p>Slotted text.</p>');
    expect(collectText(element).text).toBe('Shadow text.\nSlotted text.\n');
  });

  it('leaves closed shadow roots unread', () => {
    host('<p>Hidden Aleppo</p>', 'closed');
    expect(collectText(document.body).text).toBe('\n');
  });

  it('stops at the node limit inside a shadow tree and says so', () => {
    host('<p>one</p><p>two</p><p>three</p>');
    const snapshot = collectText(document.body, undefined, { maxNodes: 2, maxChars: 1000 });
    expect(snapshot.nodes.map((n) => n.data)).toEqual(['one', 'two']);
    expect(snapshot.truncated).toBe(true);
  });

  it('is matched: a name inside a component is found by the page scan', () => {
    host("<p>Hay'at Tahrir al-Sham entered Aleppo.</p>");
    const scan = scanPage(document, index);
    expect(scan.mentions.map((m) => m.text)).toContain("Hay'at Tahrir al-Sham");
    expect(scan.ranges.every((range) => range.startContainer.getRootNode() instanceof ShadowRoot)).toBe(true);
  });
});

describe('watchMutations with shadow roots', () => {
  it('hears text change inside a shadow root it was asked to observe', async () => {
    vi.useFakeTimers();
    const { shadow } = host('<p>First.</p>');
    const onChange = vi.fn();
    const watcher = watchMutations(document.body, { ignore: () => undefined, onChange, baseDelay: 50 });
    shadow.querySelector('p')!.append(' More.');
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).not.toHaveBeenCalled();
    watcher.observe(shadow);
    shadow.querySelector('p')!.append(' And more.');
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('counts a new shadow host as new text even when its light tree is empty', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const watcher = watchMutations(document.body, { ignore: () => undefined, onChange, baseDelay: 50 });
    const element = document.createElement('div');
    element.attachShadow({ mode: 'open' }).innerHTML = '<p>Aleppo</p>';
    document.body.append(element);
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
    // An empty element with no shadow root is no new text.
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
  });
});
