/**
 * The extension's only element in the page: a host with a shadow root that holds the card.
 * Created on first use, positioned with Floating UI against the hovered line of text.
 *
 * The page must not read or work the card. The host is a plain <div> (a custom element name could
 * be claimed by the page first, which would stop every card), its shadow root is closed, and
 * input the page synthesises (isTrusted false) never reaches the card's controls. The end-to-end
 * build (`wxt build --mode e2e`) opens the root, so tests can read the card; the shipped build
 * never does.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { Card, type CardProps } from '../../components/Card';
import cardCss from '../../components/card.css?inline';
import { textDirection, uiLocale } from '../../lib/i18n';

/** Marks the host for Backstory's own code and tests; the page learns nothing from it it could not see anyway. */
export const HOST_ATTRIBUTE = 'data-backstory-ui';
const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';
/** Events a page could synthesise to press the card's buttons or type into it. */
const GUARDED_EVENTS = ['click', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'keydown', 'keyup', 'input', 'change', 'submit'];

export interface Anchor {
  readonly rect: () => DOMRect;
  readonly context: Element;
}

export class CardLayer {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private layer: HTMLDivElement | undefined;
  private stopAutoUpdate: (() => void) | undefined;

  constructor(private readonly doc: Document) {}

  get element(): HTMLElement | undefined {
    return this.host;
  }

  /** The card's shadow root (closed: only Backstory's code holds it). */
  get root(): ShadowRoot | undefined {
    return this.shadow;
  }

  get isOpen(): boolean {
    return this.stopAutoUpdate !== undefined;
  }

  private ensureHost(): HTMLDivElement {
    if (this.layer && this.host?.isConnected) return this.layer;
    const host = this.doc.createElement('div');
    host.setAttribute(HOST_ATTRIBUTE, '');
    // Inline and !important: the page's own rules for <div> can neither hide nor move the layer.
    host.style.setProperty('all', 'initial', 'important');
    const shadow = host.attachShadow({ mode: SHADOW_MODE });
    for (const type of GUARDED_EVENTS) {
      shadow.addEventListener(type, (event) => event.isTrusted || event.stopImmediatePropagation(), { capture: true });
    }
    const style = this.doc.createElement('style');
    style.textContent = cardCss;
    const layer = this.doc.createElement('div');
    layer.className = 'layer';
    layer.hidden = true;
    // The card speaks the extension's language, whatever the page's (names from data carry dir="auto").
    const locale = uiLocale();
    layer.lang = locale;
    layer.dir = textDirection(locale);
    shadow.append(style, layer);
    // On <html>, not <body>: frameworks that own <body> never see it.
    this.doc.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.layer = layer;
    return layer;
  }

  show(props: CardProps, anchor: Anchor, theme: 'auto' | 'light' | 'dark' = 'auto'): void {
    const layer = this.ensureHost();
    layer.dataset.theme = theme;
    render(<Card {...props} />, layer);
    layer.hidden = false;
    this.stopAutoUpdate?.();
    const reference = { getBoundingClientRect: anchor.rect, contextElement: anchor.context };
    const place = () =>
      void computePosition(reference, layer, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room on the chosen side: the card scrolls inside instead.
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              layer.style.setProperty('--available-height', `${Math.max(160, Math.floor(availableHeight))}px`);
            },
          }),
        ],
      }).then(({ x, y }) => {
        layer.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    this.stopAutoUpdate = autoUpdate(reference, layer, place);
  }

  /** Re-renders the open card in place (e.g. when its entry arrives). */
  update(props: CardProps): void {
    if (this.layer && this.isOpen) render(<Card {...props} />, this.layer);
  }

  /** Is keyboard focus inside the card? (Focus in a shadow root shows as the host outside it.) */
  hasFocus(): boolean {
    return this.host !== undefined && this.doc.activeElement === this.host;
  }

  focus(): void {
    const card = this.layer?.querySelector<HTMLElement>('.card');
    if (card) {
      card.tabIndex = -1;
      card.focus();
    }
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    if (this.layer) {
      render(null, this.layer);
      this.layer.hidden = true;
    }
  }

  /** Does this event come from inside the card? (Events from a shadow root are retargeted to the host.) */
  contains(event: Event): boolean {
    return this.host !== undefined && event.composedPath().includes(this.host);
  }

  remove(): void {
    this.hide();
    this.host?.remove();
    this.host = undefined;
    this.shadow = undefined;
    this.layer = undefined;
  }
}
