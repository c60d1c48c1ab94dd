/**
 * The briefing's shadow DOM: the header (title, date, caption, notices), the stage's slot, the
 * presenter's panel when shown, and the controls (step count, status, previous and next, full screen,
 * the presenter view and window, the export menu).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../model/index.js';
import type { Messages } from '../shared/messages/en.js';
import { renderPresenter, type PresenterPanel } from './presenter.js';

export interface BriefingView {
  t: Messages['briefing'];
  title: string;
  date: string;
  caption: string;
  /** The language, feed-problems and export notices, rendered by their own modules. */
  notices: unknown[];
  /** The briefing JSON's own problems (it could not be read). */
  problems: Problem[];
  step: number;
  count: number;
  status: string;
  /** The presenter's panel; null when it is not shown. */
  presenter: PresenterPanel | null;
}

export interface BriefingActions {
  /** Moves by `by` steps from the step shown when it runs (two clicks before a render make two steps). */
  move(by: number): void;
  fullscreen(): void;
  togglePresenter(): void;
  presenterWindow(): void;
  download(format: 'png' | 'pptx' | 'pdf'): void;
}

export function renderBriefing(v: BriefingView, a: BriefingActions): TemplateResult {
  const t = v.t;
  return html`
    <header part="header">
      <h1>${v.title}</h1>
      <p class="where">${v.date || nothing}</p>
      <p class="caption" aria-live="polite">${v.caption}</p>
      <div class="notices">${v.notices}</div>
      ${v.problems.length ? html`<ul class="problems" role="alert">${v.problems.map((p) => html`<li>${p.path ? `${p.path}: ` : ''}${p.message}</li>`)}</ul>` : nothing}
    </header>
    <div class="stage"><slot></slot></div>
    ${v.presenter ? renderPresenter(v.presenter, t) : nothing}
    <nav part="controls" aria-label=${t.controls}>
      <span class="count">${v.count ? t.stepOf(v.step + 1, v.count) : ''}</span>
      <span class="status" role="status">${v.status}</span>
      <button type="button" @click=${() => a.move(-1)} ?disabled=${v.step <= 0}>${t.previous}</button>
      <button type="button" @click=${() => a.move(1)} ?disabled=${v.step >= v.count - 1}>${t.next}</button>
      <button type="button" @click=${() => a.fullscreen()}>${t.fullscreen}</button>
      <button type="button" aria-pressed=${String(!!v.presenter)} @click=${() => a.togglePresenter()}>${t.presenterView}</button>
      <button type="button" @click=${() => a.presenterWindow()}>${t.presenterWindow}</button>
      <details class="export">
        <summary>${t.exportMenu}</summary>
        <div class="menu">
          <button type="button" @click=${() => a.download('pptx')}>${t.exportPptx}</button>
          <button type="button" @click=${() => a.download('pdf')}>${t.exportPdf}</button>
          <button type="button" @click=${() => a.download('png')}>${t.exportPng}</button>
        </div>
      </details>
    </nav>`;
}
