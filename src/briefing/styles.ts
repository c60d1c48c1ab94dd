/**
 * The briefing's layout: one screen. The header (title, date, caption), the stage (the views, laid out
 * by stage.ts in the room left) and the controls fill the briefing's box without scrolling; the
 * presenter's panel, when shown, takes a column beside them.
 */
import { css } from 'lit';

export const briefingStyles = css`
  :host {
    --_scale: var(--pk-briefing-scale, var(--_auto-scale, 1.4));
    --pk-font-size-xs: calc(12px * var(--_scale));
    --pk-font-size-s: calc(13px * var(--_scale));
    --pk-font-size-m: calc(14px * var(--_scale));
    --pk-font-size-l: calc(16px * var(--_scale));
    --pk-font-size-xl: calc(20px * var(--_scale));
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto minmax(0, 1fr) auto;
    gap: var(--pk-space-3);
    box-sizing: border-box;
    height: 100vh;
    overflow: hidden;
    background: var(--pk-color-bg);
    padding: var(--pk-space-3) var(--pk-space-4);
  }
  :host([presenter]) { grid-template-columns: minmax(0, 2fr) minmax(16em, 1fr); }
  /* A short box (a laptop, a 4:3 projector, a briefing embedded in a page): tighter rhythm, the views get the room. */
  @media (max-height: 800px) {
    :host { gap: var(--pk-space-2); padding: var(--pk-space-2) var(--pk-space-3); }
    .caption { line-height: 1.25; max-width: 110ch; }
    nav button, summary { min-height: 32px; }
  }
  :host(:fullscreen) { width: 100vw; height: 100vh; padding: var(--pk-space-4) var(--pk-space-5); }
  header { display: grid; grid-template-columns: 1fr auto; gap: var(--pk-space-1) var(--pk-space-4); align-items: baseline; min-width: 0; }
  h1 { margin: 0; font-size: calc(22px * var(--_scale)); line-height: 1.2; }
  .caption { margin: 0; grid-column: 1 / -1; font-size: calc(16px * var(--_scale)); line-height: 1.35; max-width: 80ch; }
  .where { margin: 0; color: var(--pk-color-text-muted); font-size: var(--pk-font-size-l); text-align: end; }
  .stage { position: relative; min-height: 0; min-width: 0; overflow: hidden; }
  nav { display: flex; flex-wrap: wrap; gap: var(--pk-space-2); align-items: center; position: relative; }
  nav button, summary { font: inherit; font-size: var(--pk-font-size-s); min-height: 40px; padding-inline: var(--pk-space-3); }
  .count { color: var(--pk-color-text-muted); font-size: var(--pk-font-size-s); }
  .status { margin-inline-end: auto; color: var(--pk-color-text-muted); font-size: var(--pk-font-size-s); }
  .export { position: relative; }
  summary {
    display: flex; align-items: center; cursor: pointer; list-style: none;
    border: 1px solid var(--pk-color-border); border-radius: var(--pk-radius); background: var(--pk-color-surface);
  }
  summary::-webkit-details-marker { display: none; }
  summary::after { content: "▴"; margin-inline-start: var(--pk-space-1); }
  .menu {
    position: absolute; inset-block-end: calc(100% + 4px); inset-inline-end: 0; z-index: 2;
    display: grid; gap: var(--pk-space-1); padding: var(--pk-space-2); min-width: max-content;
    background: var(--pk-color-bg); border: 1px solid var(--pk-color-border); border-radius: var(--pk-radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .problems { color: var(--pk-color-error); }
  header > .notices { grid-column: 1 / -1; }
  header > .notices:empty { display: none; }
  .presenter {
    grid-column: 2; grid-row: 1 / -1; overflow: auto; min-height: 0;
    padding: var(--pk-space-3); border-inline-start: 1px solid var(--pk-color-border);
    font-size: var(--pk-font-size-l); line-height: 1.45;
  }
  .presenter h2 { font-size: var(--pk-font-size-s); text-transform: uppercase; letter-spacing: 0.04em; color: var(--pk-color-text-muted); margin: var(--pk-space-4) 0 var(--pk-space-1); }
  .presenter p { margin: 0 0 var(--pk-space-2); }
  .elapsed { display: flex; justify-content: space-between; align-items: baseline; }
  .elapsed time { font-size: calc(28px * var(--_scale)); font-variant-numeric: tabular-nums; }
  .next-title { font-weight: 700; }
  .none { color: var(--pk-color-text-muted); }
  @media print { nav, .presenter { display: none; } :host { height: auto; overflow: visible; } }
`;
