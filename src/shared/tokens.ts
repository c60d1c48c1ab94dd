/**
 * The kit's design tokens: one type scale, one spacing scale, one palette with light and dark
 * values. Values follow the page's `color-scheme` unless the element's `theme` attribute says
 * "light", "dark" or "auto".
 *
 * The public tokens (`--pk-*`) are registered custom properties that inherit: set one on a peacekit
 * element or on any ancestor (a portal's body, a briefing, a card) and every element inside takes it.
 * Declaring the defaults on `:host` instead would shadow an ancestor's value, so they are the
 * registered initial values.
 *
 * Text colours pass WCAG 2.2 AA (1.4.3) on both surfaces: text 15:1, muted text 6:1 light, 6.4:1 dark.
 * Category colours are Okabe-Ito, distinguishable under the common colour-vision deficiencies.
 * Maps read as the UN's deployment maps do: a light blue sea, grey neighbours, host countries lightest.
 * Boundaries reach 3:1 against land and sea (1.4.11): 3.5:1 and 3.2:1 light, 4.0:1 and 5.8:1 dark.
 */
import { css } from 'lit';

/** Every public token and its default. */
export const TOKENS: Readonly<Record<string, string>> = {
  '--pk-font-size-xs': '12px',
  '--pk-font-size-s': '13px',
  '--pk-font-size-m': '14px',
  '--pk-font-size-l': '16px',
  '--pk-font-size-xl': '20px',
  '--pk-line-height': '1.4',
  '--pk-space-1': '4px',
  '--pk-space-2': '8px',
  '--pk-space-3': '12px',
  '--pk-space-4': '16px',
  '--pk-space-5': '24px',
  '--pk-radius': '6px',
  '--pk-color-bg': 'light-dark(#ffffff, #0d1117)',
  '--pk-color-surface': 'light-dark(#f6f8fa, #161b22)',
  '--pk-color-text': 'light-dark(#1f2328, #e6edf3)',
  '--pk-color-text-muted': 'light-dark(#59636e, #9aa3ad)',
  '--pk-color-border': 'light-dark(#d1d9e0, #3d444d)',
  '--pk-color-focus': 'light-dark(#0969da, #4493f8)',
  '--pk-color-accent': 'light-dark(#0072b2, #56b4e9)',
  '--pk-color-error': 'light-dark(#b3261e, #ff8a80)',
  // Partial feeds (the problems notice): 5.9:1 on white, 7.5:1 on the dark background.
  '--pk-color-warning': 'light-dark(#8a5a00, #d29922)',
  '--pk-color-water': 'light-dark(#c5dcee, #081829)',
  '--pk-color-land': 'light-dark(#e1e3e6, #30363e)',
  '--pk-color-land-host': 'light-dark(#ffffff, #4a5360)',
  '--pk-color-boundary': 'light-dark(#6e7781, #8b949e)',
  '--pk-color-site': 'light-dark(#0072b2, #56b4e9)',
  '--pk-color-after': 'light-dark(#cc79a7, #e4a3c6)',
};

/** Registers the tokens once per document; a second copy of the kit finds them registered. */
export function registerTokens(): void {
  for (const [name, initialValue] of Object.entries(TOKENS)) {
    try {
      // Lengths are typed, so an element reads a token already resolved to pixels (a briefing's
      // calc(12px * 1.4) reads "16.8px"); colours stay untyped for their light-dark() values.
      const syntax = /^\d+(\.\d+)?px$/.test(initialValue) ? '<length>' : '*';
      CSS.registerProperty({ name, syntax, inherits: true, initialValue });
    } catch {
      // Already registered (the kit loaded twice, or the page registered its own): keep that one.
    }
  }
}
registerTokens();

export const tokens = css`
  :host {
    display: block;
    color-scheme: inherit;
    color: var(--pk-color-text);
    /*
     * The portal's CSS must not reach in. Whatever it sets on the host element inherits into the
     * shadow tree, even "* { font-size: 30px !important }"; an !important declaration from inside
     * the shadow tree wins over one from outside (CSS Cascade 4, context), so these hold. Theme
     * the kit through the --pk-* tokens instead.
     */
    font-family: var(--pk-font-family, inherit) !important;
    font-size: var(--pk-font-size-m) !important;
    line-height: var(--pk-line-height) !important;
    text-align: start !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    font-style: normal !important;
    font-weight: normal !important;
    white-space: normal !important;
    box-sizing: border-box !important;
  }
  :host([theme='light']) { color-scheme: light; }
  :host([theme='dark']) { color-scheme: dark; }
  :host([theme='auto']) { color-scheme: light dark; }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: border-box; }
  /*
   * The element's language sets its direction (i18n.ts): an Arabic element lays out right to left on
   * any page, an English one left to right on an Arabic page. Drawings keep their geometry (a map is
   * not mirrored; time runs left to right, as in Arabic-language newspapers' and textbooks' charts):
   * their SVG stays left to right.
   */
  :host(:state(rtl)) { direction: rtl !important; }
  :host(:state(ltr)) { direction: ltr !important; }
  svg { display: block; direction: ltr; }
  button {
    font: inherit;
    font-size: var(--pk-font-size-s);
    color: var(--pk-color-text);
    background: var(--pk-color-bg);
    border: 1px solid var(--pk-color-border);
    border-radius: var(--pk-radius);
    padding: var(--pk-space-1) var(--pk-space-2);
    min-height: 32px;
    min-width: 32px;
    cursor: pointer;
  }
  button:hover { background: var(--pk-color-surface); }
  :focus-visible { outline: 2px solid var(--pk-color-focus); outline-offset: 2px; }
  .visually-hidden {
    position: absolute !important;
    width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap;
  }
`;
