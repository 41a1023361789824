/**
 * Reads Backstory's card from the shipped build, whose shadow root is closed to page scripts and
 * to Playwright's selectors. Chromium's DevTools protocol still sees into closed roots (as the
 * browser's own inspector does), so the demo and the screenshots can show the real build.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  readonly backendNodeId: number;
  readonly nodeName: string;
  readonly attributes?: string[];
  readonly children?: DomNode[];
  readonly shadowRoots?: DomNode[];
}

function find(node: DomNode, test: (node: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

const attribute = (node: DomNode, name: string) => {
  const at = node.attributes?.indexOf(name) ?? -1;
  return at >= 0 && at % 2 === 0 ? node.attributes![at + 1] : undefined;
};

async function cardState(cdp: CDPSession): Promise<{ busy: string; text: string } | undefined> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = find(root, (node) => attribute(node, 'data-backstory-ui') !== undefined);
  const card = host && find(host, (node) => (attribute(node, 'class') ?? '').split(' ').includes('card') && node.nodeName === 'DIV');
  if (!card) return undefined;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: card.backendNodeId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: 'function () { return { busy: this.getAttribute("aria-busy"), text: this.innerText }; }',
    returnByValue: true,
  });
  return result.value as { busy: string; text: string };
}

/** Waits for the open card to finish loading, and returns its text. */
export async function readClosedCard(page: Page, timeoutMs = 5_000): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const state = await cardState(cdp);
      if (state?.busy === 'false') return state.text;
      await page.waitForTimeout(50);
    }
    throw new Error('no finished card appeared');
  } finally {
    await cdp.detach();
  }
}

/** Waits until no card is open. */
export async function waitForNoCard(page: Page, timeoutMs = 5_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!(await cardState(cdp))) return;
      await page.waitForTimeout(50);
    }
    throw new Error('the card did not close');
  } finally {
    await cdp.detach();
  }
}
