/**
 * `<pk-briefing>`: a presenter walks a room through a mission's life, step by step, from the
 * keyboard or a clicker, on the peacekit elements inside it.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorsOf, formatPartialDate, textOf, type Problem } from '../model/index.js';
import { define } from '../shared/define.js';
import { PkStepChangeEvent } from '../shared/events.js';
import { ExportReport } from '../shared/export-report.js';
import { noticeStyles } from '../shared/feed-element.js';
import { saveFile } from '../shared/save-file.js';
import { fetchFeedText } from '../shared/fetch-feed.js';
import { Localize, loadLanguage, watchLanguages } from '../shared/i18n.js';
import { LangElement } from '../shared/lang-attribute.js';
import { renderLanguageNotice } from '../shared/language-notice.js';
import { problemsFinePrint, renderProblems } from '../shared/problems-notice.js';
import { tokens } from '../shared/tokens.js';
import { composeSlide } from './slide.js';
import { parseBriefing, stepAfterKey, type Briefing, type BriefingStep } from './steps.js';

interface Linkable extends HTMLElement {
  mission?: string;
  date?: string;
  compare?: string;
  updateComplete?: Promise<boolean>;
  zoomTo?(center?: [number, number], zoom?: number): void;
  toSVG?(options?: { finePrint?: boolean }): string;
  feed?: unknown;
  problems?: Problem[];
}

/**
 * Steps through a briefing defined in JSON: each step sets the mission, the date, the map's view and
 * a caption on the peacekit elements inside (through their `<pk-dossier>` when there is one).
 * PageDown/PageUp (what clickers send), arrows, Space, Home and End move between steps; F toggles
 * full screen. Type is set large for a room; views animate between steps unless the viewer asks
 * for reduced motion.
 *
 * @slot - The views: usually a `<pk-dossier>` holding a timeline, a map and a matrix.
 * The feed's problems are said once, in the header: when the feed the views draw had errors, a notice
 * says how many entries could not be shown and opens onto each problem (the dossier and views inside
 * do not repeat it), and the exported slide says it in its fine print.
 *
 * @fires pk-step-change - The presenter moved to another step (detail: `{ step }`, from 0).
 * @fires pk-export-error - The slide's PNG could not be made (detail: `{ format, message, blocked }`), e.g. blocked by the page's CSP.
 * @csspart header - Title, caption and date of the step.
 * @csspart problems - The notice of a feed drawn in part, in the header: how many entries could not be shown, opening onto each problem with its JSON path.
 * @csspart export-error - Said when the export failed (e.g. the page's CSP blocks it).
 * @csspart language-notice - Said when the element's language's strings did not load.
 * @csspart controls - Previous, next, full screen and export buttons.
 * @cssprop --pk-briefing-scale - How much larger than the kit's defaults the type is (default 1.4).
 */
export class PkBriefing extends LangElement {
  static override styles = [tokens, noticeStyles, css`
    :host {
      --_scale: var(--pk-briefing-scale, 1.4);
      --pk-font-size-xs: calc(12px * var(--_scale));
      --pk-font-size-s: calc(13px * var(--_scale));
      --pk-font-size-m: calc(14px * var(--_scale));
      --pk-font-size-l: calc(16px * var(--_scale));
      --pk-font-size-xl: calc(20px * var(--_scale));
      display: flex;
      flex-direction: column;
      gap: var(--pk-space-4);
      background: var(--pk-color-bg);
      padding: var(--pk-space-4);
    }
    :host(:fullscreen) { overflow: auto; padding: var(--pk-space-5); }
    header { display: grid; grid-template-columns: 1fr auto; gap: var(--pk-space-2) var(--pk-space-4); align-items: start; }
    h1 { margin: 0; font-size: calc(24px * var(--_scale)); line-height: 1.2; }
    .caption { margin: 0; grid-column: 1 / -1; font-size: calc(18px * var(--_scale)); max-width: 70ch; }
    .where { margin: 0; color: var(--pk-color-text-muted); font-size: var(--pk-font-size-l); text-align: end; }
    nav { display: flex; flex-wrap: wrap; gap: var(--pk-space-2); align-items: center; }
    nav button { font-size: var(--pk-font-size-m); min-height: 44px; padding-inline: var(--pk-space-3); }
    .count { color: var(--pk-color-text-muted); margin-inline-end: auto; }
    .problems { color: var(--pk-color-error); }
    header > .notices { grid-column: 1 / -1; }
    header > .notices:empty { display: none; }
    @media print { nav { display: none; } }
  `];

  /** URL of the briefing's steps (JSON: `{ title, sources?, steps: [{ mission, date, compare, map: { center, zoom }, caption }] }`). */
  @property({ reflect: true }) steps?: string;

  /** The briefing as an object; takes precedence over `steps`. */
  @property({ attribute: false }) briefing?: unknown;

  /** The step shown, counted from 0. */
  @property({ type: Number, reflect: true }) step = 0;

  @state() private parsed: Briefing | null = null;
  @state() private problems: Problem[] = [];
  /** The errors of the feed the views draw (their dossier's, or their own), each once. */
  @state() private feedProblems: Problem[] = [];

  private request?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguages();
    void loadLanguage(this.localize.lang());
    document.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('pk-feed-load', this.collectProblems);
    this.addEventListener('pk-feed-error', this.collectProblems);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('pk-feed-load', this.collectProblems);
    this.removeEventListener('pk-feed-error', this.collectProblems);
    this.request?.abort();
  }

  private readonly localize = new Localize(this);
  private readonly exportReport = new ExportReport(this, () => this.localize.messages());

  /** Reads the errors of the feed the views draw, from the views (and their dossier) that could draw it. */
  private collectProblems = () => {
    const { dossier, views } = this.targets();
    const seen = new Set<string>();
    const found: Problem[] = [];
    for (const el of dossier ? [dossier, ...views] : views) {
      if (!el.feed) continue;
      for (const p of errorsOf(el.problems ?? [])) {
        const key = `${p.path}\n${p.message}`;
        if (!seen.has(key)) {
          seen.add(key);
          found.push(p);
        }
      }
    }
    const same = found.length === this.feedProblems.length && found.every((p, i) => p === this.feedProblems[i]);
    if (!same) this.feedProblems = found;
  };

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Views given their feed before the briefing was connected fired their events unheard.
    void Promise.all(this.targets().views.map((v) => v.updateComplete)).then(this.collectProblems);
  }

  private get t() {
    return this.localize.messages().briefing;
  }


  private get current(): BriefingStep | undefined {
    return this.parsed?.steps[Math.min(this.step, this.parsed.steps.length - 1)];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.localize.refresh();
    if (changed.has('briefing') && this.briefing !== undefined) this.accept(this.briefing);
    else if (changed.has('steps') && this.steps) void this.load(this.steps);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('step') || changed.has('parsed')) void this.apply();
  }

  private async load(url: string) {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    try {
      this.accept(JSON.parse(await fetchFeedText(new URL(url, document.baseURI).href, request.signal)));
    } catch (e) {
      if (!request.signal.aborted) this.problems = [{ path: '', severity: 'error', message: (e as Error).message }];
    }
  }

  private accept(input: unknown) {
    const { briefing, problems } = parseBriefing(input);
    this.parsed = briefing;
    this.problems = problems;
  }

  /** The peacekit elements this briefing drives: a dossier's children follow the dossier. */
  private targets(): { dossier: Linkable | null; views: Linkable[] } {
    const views = [...this.querySelectorAll<Linkable>('pk-peacebuilding-timeline, pk-mission-map, pk-sector-matrix, pk-mandate-trends')];
    return { dossier: this.querySelector<Linkable>('pk-dossier'), views };
  }

  private async apply() {
    const step = this.current;
    if (!step) return;
    const { dossier, views } = this.targets();
    for (const el of dossier ? [dossier] : views) {
      if (step.mission !== undefined) el.mission = step.mission;
      if (step.date !== undefined) el.date = step.date;
    }
    for (const el of views) {
      if (el.localName === 'pk-sector-matrix') el.compare = step.compare;
    }
    await dossier?.updateComplete;
    for (const el of views) {
      if (el.localName !== 'pk-mission-map') continue;
      await el.updateComplete;
      el.zoomTo?.(step.map?.center as [number, number] | undefined, step.map?.zoom ?? 1);
    }
  }

  /** Moves to a step as the presenter did: fires `pk-step-change`. */
  private go(step: number) {
    const count = this.parsed?.steps.length ?? 0;
    const next = Math.max(0, Math.min(count - 1, step));
    if (next === this.step || count === 0) return;
    this.step = next;
    this.dispatchEvent(new PkStepChangeEvent({ step: next }));
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !this.parsed) return;
    const path = event.composedPath() as Element[];
    if (path.some((n) => n instanceof HTMLElement && (n.isContentEditable || /^(input|textarea|select)$/.test(n.localName)))) return;
    // Arrows belong to a focused view (the map's sites, the timeline's cursor); clickers send PageDown/PageUp.
    const inView = path.some((n) => n instanceof HTMLElement && /^pk-(mission-map|sector-matrix|peacebuilding-timeline)$/.test(n.localName));
    if (inView && event.key.startsWith('Arrow')) return;
    if (event.key === 'f' || event.key === 'F') {
      void this.toggleFullscreen();
      event.preventDefault();
      return;
    }
    const next = stepAfterKey(event.key, this.step, this.parsed.steps.length);
    // Space and Enter on a control (a button, a link, the problems notice's summary) are that control's.
    const onControl = path.some((n) => n instanceof HTMLElement && /^(button|a|summary)$/.test(n.localName));
    if (next === null || ((event.key === ' ' || event.key === 'Enter') && onControl)) return;
    event.preventDefault();
    this.go(next);
  };

  private async toggleFullscreen() {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await this.requestFullscreen?.().catch(() => undefined);
  }

  /** The linked views as one slide: every view, the caption, the date and the sources line. */
  toSVG(): { svg: string; width: number; height: number } {
    const style = getComputedStyle(this);
    const step = this.current;
    const lang = this.localize.lang();
    const { views } = this.targets();
    return composeSlide({
      title: textOf(step?.title ?? this.parsed?.title, lang),
      caption: textOf(step?.caption, lang),
      date: step?.date ? this.t.asOf(formatPartialDate(step.date, lang)) : '',
      sources: textOf(this.parsed?.sources, lang),
      views: views.map((v) => v.toSVG?.({ finePrint: false }) ?? ''),
      finePrint: problemsFinePrint(this.feedProblems, this.localize.messages()),
      colors: {
        bg: style.getPropertyValue('background-color'),
        text: style.getPropertyValue('color'),
        muted: style.getPropertyValue('--pk-color-text-muted').trim() || style.getPropertyValue('color'),
      },
    });
  }

  /** The linked views as one PNG, for a slide deck or a printed brief. A failure is shown and fires `pk-export-error`. */
  toPNG(): Promise<Blob> {
    return this.exportReport.run('png', () => {
      const { svg, width, height } = this.toSVG();
      return this.exportKit.svgStringToPng(svg, width, height, 1, getComputedStyle(this).getPropertyValue('background-color'));
    });
  }

  private async download() {
    const png = await this.toPNG().catch(() => null);
    if (png) saveFile(png, `briefing-step-${this.step + 1}.png`);
  }

  protected override render() {
    const t = this.t;
    const lang = this.localize.lang();
    const step = this.current;
    const count = this.parsed?.steps.length ?? 0;
    return html`
      <header part="header">
        <h1>${textOf(step?.title ?? this.parsed?.title, lang)}</h1>
        <p class="where">${step?.date ? t.asOf(formatPartialDate(step.date, lang)) : nothing}</p>
        <p class="caption" aria-live="polite">${textOf(step?.caption, lang)}</p>
        <div class="notices">${renderLanguageNotice(lang, this.localize.messages())}${renderProblems(this.feedProblems, this.localize.messages())}${this.exportReport.render(this.localize.messages())}</div>
        ${this.problems.length ? html`<ul class="problems" role="alert">${this.problems.map((p) => html`<li>${p.path ? `${p.path}: ` : ''}${p.message}</li>`)}</ul>` : nothing}
      </header>
      <slot></slot>
      <nav part="controls" aria-label=${t.controls}>
        <span class="count">${count ? t.stepOf(this.step + 1, count) : ''}</span>
        <button type="button" @click=${() => this.go(this.step - 1)} ?disabled=${this.step <= 0}>${t.previous}</button>
        <button type="button" @click=${() => this.go(this.step + 1)} ?disabled=${this.step >= count - 1}>${t.next}</button>
        <button type="button" @click=${() => this.toggleFullscreen()}>${t.fullscreen}</button>
        <button type="button" @click=${() => this.download()}>${t.exportPng}</button>
      </nav>`;
  }
}

define('pk-briefing', PkBriefing);

declare global {
  interface HTMLElementTagNameMap {
    'pk-briefing': PkBriefing;
  }
}
