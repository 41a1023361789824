/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA plus best practices) inside a Playwright page.
 *
 * Injection: axe's source is evaluated as a plain expression through the automation protocol (CDP
 * in Chromium, WebDriver BiDi in Firefox), which defines `window.axe` in the page's main world
 * without a <script> element, so the extension pages' CSP (script-src 'self') does not block it.
 *
 * Shadow DOM: axe walks open shadow roots by itself; `include` can name an element inside one with
 * `host >>> inner` (axe's `fromShadowDom`).
 *
 * Elements outside <body>: axe builds the layout grid its colour-contrast check looks through from
 * <body> only, so text under an element attached to <html> beside <body> (Backstory's card host)
 * always comes back "incomplete", never checked. For the length of an audit such elements are moved
 * to the end of <body>, then put back. Moving restarts their CSS animations, so the audit waits for
 * those to finish first (the card fades in from opacity 0, which axe would take for hidden).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ImpactValue, Result } from 'axe-core';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

let axeSource: string | undefined;

function source(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface AxeOptions {
  /**
   * Only check this part of the page: a CSS selector, or a path through open shadow roots written
   * `host >>> inner` (e.g. `[data-backstory-ui] >>> .card`). The whole document, shadow roots included, by default.
   */
  readonly include?: string;
}

/** One element a rule flagged: where it is (`target`; a path through shadow roots is an array) and why. */
export interface AxeNode {
  readonly target: Result['nodes'][number]['target'];
  readonly html: string;
  readonly failureSummary: string | undefined;
}

/** One violated rule and the elements that fail it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: ImpactValue | undefined;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly AxeNode[];
}

export interface AxeReport {
  readonly violations: AxeViolation[];
  /** How many elements passed the colour-contrast check, and those whose contrast axe could not work out. */
  readonly contrast: { readonly passed: number; readonly undetermined: AxeViolation[] };
}

/** Injects axe-core (once per document) and audits the page, or the part named by `include`. */
export async function auditPage(page: Page, options: AxeOptions = {}): Promise<AxeReport> {
  if (!(await hasAxe(page))) {
    await page.evaluate(source());
    if (!(await hasAxe(page))) throw new Error(`axe-core could not be injected into ${page.url()}`);
  }
  const path = options.include?.split('>>>').map((part) => part.trim());
  const include = path === undefined ? undefined : path.length === 1 ? path[0]! : { fromShadowDom: path };
  return page.evaluate(
    async ([include, tags]) => {
      type Results = Record<'violations' | 'passes' | 'incomplete', Result[]>;
      const { axe } = window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Results> } };
      const outside = [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body);
      const places = outside.map((element) => [element, element.nextSibling] as const);
      for (const element of outside) document.body.append(element);
      let results: Results;
      try {
        // document.getAnimations() leaves out shadow trees: ask every open shadow root as well.
        const roots: DocumentOrShadowRoot[] = [document];
        for (const element of document.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
        for (let i = 1; i < roots.length; i++) {
          for (const element of (roots[i] as ShadowRoot).querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
        }
        const animations = roots.flatMap((root) => root.getAnimations());
        await Promise.race([
          Promise.all(animations.map((animation) => animation.finished.catch(() => undefined))),
          new Promise((resolve) => setTimeout(resolve, 1_000)),
        ]);
        results = await axe.run(include === undefined ? document : { include: [include] }, {
          runOnly: { type: 'tag', values: tags },
        });
      } finally {
        // Last first, so that a sibling to insert before is back in place already.
        for (const [element, next] of places.reverse()) document.documentElement.insertBefore(element, next);
      }
      // Only what a report needs: the full results carry every check's data. (No named functions in
      // here: tsx/esbuild would wrap them in a __name() helper the page doesn't have.)
      const [violations, undetermined] = [results.violations, results.incomplete.filter((v) => v.id === 'color-contrast')].map((list) =>
        list.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
        })),
      );
      const passed = results.passes.find((v) => v.id === 'color-contrast')?.nodes.length ?? 0;
      return { violations: violations!, contrast: { passed, undetermined: undetermined! } };
    },
    [include, [...AXE_TAGS]] as const,
  );
}

/** The violations of the WCAG 2.0/2.1 A and AA rules and axe's best practices. */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  return (await auditPage(page, options)).violations;
}

function hasAxe(page: Page): Promise<boolean> {
  return page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
}

const SEVERITY: Record<NonNullable<ImpactValue>, number> = { minor: 0, moderate: 1, serious: 2, critical: 3 };

/** Violations of at least this impact (serious by default). */
export function atLeast(violations: readonly AxeViolation[], impact: NonNullable<ImpactValue> = 'serious'): AxeViolation[] {
  return violations.filter((v) => SEVERITY[v.impact ?? 'minor'] >= SEVERITY[impact]);
}

/** A readable list: a line per rule (impact, id, help) and, under it, each failing element (target, why, markup). */
export function formatViolations(violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return 'no axe violations';
  return violations
    .map((v) => {
      const nodes = v.nodes.map((node) => {
        const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | ');
        // "Fix any of the following:\n  reason\n  reason" → "reason; reason"
        const why = (node.failureSummary ?? '')
          .split('\n')
          .filter((line) => line.startsWith(' '))
          .map((line) => line.trim())
          .join('; ');
        return `    - ${target}${why ? `: ${why}` : ''}\n      ${node.html.slice(0, 160)}`;
      });
      return `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
    })
    .join('\n');
}
