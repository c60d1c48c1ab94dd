/**
 * `<pk-briefing>`: a presenter walks a room through a mission's life, step by step, from the
 * keyboard or a clicker, on the peacekit elements inside it. One step, one screen.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { errorsOf, formatPartialDate, PRIORITY_AREAS, textOf, TRACK_GROUPS, type Feed, type Problem } from '../model/index.js';
import { define } from '../shared/define.js';
import { PkStepChangeEvent } from '../shared/events.js';
import { ExportReport } from '../shared/export-report.js';
import { noticeStyles } from '../shared/feed-element.js';
import { saveFile } from '../shared/save-file.js';
import { fetchFeedText } from '../shared/fetch-feed.js';
import { addTranslation, Localize, loadLanguage, watchLanguages } from '../shared/i18n.js';
import { enBriefing } from '../shared/messages/en-briefing.js';
import { LangElement } from '../shared/lang-attribute.js';
import { renderLanguageNotice } from '../shared/language-notice.js';
import { problemsFinePrint, renderProblems } from '../shared/problems-notice.js';
import { tokens } from '../shared/tokens.js';
import { chosenViews } from './arrange.js';
import type { Deck, DeckSlide } from './deck-types.js';
import { renderPresenter, StepSync } from './presenter.js';
import { composeSlide, svgSize } from './slide.js';
import { findViews, heights, layOut, type StageView } from './stage.js';
import { briefingStyles } from './styles.js';
import { parseBriefing, stepAfterKey, type Briefing, type BriefingStep } from './steps.js';

// The English strings come with the element's code, not with the first load (en-briefing.ts).
addTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', briefing: enBriefing });

interface Linkable extends HTMLElement {
  mission?: string;
  date?: string;
  compare?: string;
  collapsed?: ReadonlySet<string>;
  updateComplete?: Promise<boolean>;
  zoomTo?(a?: unknown, b?: unknown): void;
  toSVG?(options?: { finePrint?: boolean }): string;
  feed?: Feed;
  problems?: Problem[];
}

/** The hash of a page opened as the presenter view (the "Presenter window" button opens it). */
export const PRESENTER_HASH = '#pk-presenter';

/**
 * Steps through a briefing defined in JSON: each step sets the mission and the date of the peacekit
 * elements inside (through their `<pk-dossier>` when there is one), chooses which views it shows and how
 * they share the screen, what each looks at (the map's centre or a site, the timeline's window, the
 * matrix's open areas), a caption and speaker notes. The briefing fills its box (the viewport unless
 * the page sizes it) without scrolling: the views shrink to fit. PageDown/PageUp (what clickers send),
 * arrows, Space, Home and End move between steps; F toggles full screen.
 *
 * @slot - The views: usually a `<pk-dossier>` holding a timeline, a map and a matrix.
 * The feed's problems are said once, in the header, and in the fine print of exported slides.
 *
 * @fires pk-step-change - The presenter moved to another step (detail: `{ step }`, from 0).
 * @fires pk-export-error - A slide, deck or PDF could not be made (detail: `{ format, message, blocked }`), e.g. blocked by the page's CSP.
 * @csspart header - Title, caption and date of the step.
 * @csspart problems - The notice of a feed drawn in part, in the header.
 * @csspart export-error - Said when an export failed (e.g. the page's CSP blocks it).
 * @csspart language-notice - Said when the element's language's strings did not load.
 * @csspart controls - Previous, next, full screen, presenter and export buttons.
 * @csspart presenter - The presenter's panel: elapsed time, speaker notes, the next step.
 * @cssprop --pk-briefing-scale - How much larger than the kit's defaults the type is (default: 1.4 on a 1920 × 1080 screen, less on smaller ones, at least 1).
 */
export class PkBriefing extends LangElement {
  static override styles = [tokens, noticeStyles, briefingStyles];

  /** URL of the briefing's steps (JSON: see docs/briefing.md). */
  @property({ reflect: true }) steps?: string;

  /** The briefing as an object; takes precedence over `steps`. */
  @property({ attribute: false }) briefing?: unknown;

  /** The step shown, counted from 0. */
  @property({ type: Number, reflect: true }) step = 0;

  /** Shows the presenter's panel (notes, next step, elapsed time) beside the views. */
  @property({ type: Boolean, reflect: true }) presenter = false;

  @state() private parsed: Briefing | null = null;
  @state() private problems: Problem[] = [];
  /** The errors of the feed the views draw (their dossier's, or their own), each once. */
  @state() private feedProblems: Problem[] = [];
  @state() private status = '';
  @state() private started = Date.now();
  @state() private now = Date.now();

  @query('.stage') private stageEl?: HTMLElement;

  private request?: AbortController;
  private timer?: ReturnType<typeof setInterval>;
  private resize?: ResizeObserver;
  private layoutRun = 0;
  private fitted?: number[];
  private refits = 0;
  /** Resolves when the current step is applied and its views fit. */
  private laidOut: Promise<void> = Promise.resolve();
  private readonly sync = new StepSync(() => this.step, (step) => { this.step = step; });
  private readonly localize = new Localize(this);
  private readonly exportReport = new ExportReport(this, () => this.localize.messages());

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguages();
    void loadLanguage(this.localize.lang());
    if (location.hash === PRESENTER_HASH) this.presenter = true;
    document.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('pk-feed-load', this.onFeed);
    this.addEventListener('pk-feed-error', this.onFeed);
    this.resize = new ResizeObserver(this.onResize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('pk-feed-load', this.onFeed);
    this.removeEventListener('pk-feed-error', this.onFeed);
    this.request?.abort();
    this.resize?.disconnect();
    this.sync.close();
    clearInterval(this.timer);
  }

  private onFeed = () => {
    this.collectProblems();
    this.relayout();
  };

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
    if (this.stageEl) this.resize?.observe(this.stageEl);
    // Views given their feed before the briefing was connected fired their events unheard.
    void Promise.all(this.targets().views.map((v) => v.updateComplete)).then(this.collectProblems);
  }

  /** Resolves when the step shown is applied and its views fit the screen. */
  get layoutComplete(): Promise<void> {
    return (async () => {
      // A fitting may start while another ends (a view that changed its height): until none is left.
      for (let p = this.laidOut; ; p = this.laidOut) {
        await p;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (p === this.laidOut) return;
      }
    })();
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
    if (changed.has('presenter')) {
      clearInterval(this.timer);
      if (this.presenter) {
        this.started = this.now = Date.now();
        this.timer = setInterval(() => (this.now = Date.now()), 1000);
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('step') || changed.has('parsed')) this.laidOut = this.apply();
    else if (changed.has('presenter')) this.relayout();
    if (changed.has('parsed') || changed.has('steps')) this.sync.open(this.steps ? new URL(this.steps, document.baseURI).href : textOf(this.parsed?.title, 'en'));
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
    const views = this.stageViews().map((v) => v.el as Linkable);
    return { dossier: this.querySelector<Linkable>('pk-dossier'), views };
  }

  private stageViews(): StageView[] {
    return findViews(this, this.querySelector('pk-dossier'));
  }

  /** Sets the step's mission, date and the matrix's focus at once; then lays the step out and frames the map and the timeline. */
  private apply(): Promise<void> {
    const step = this.current;
    if (!step) return this.laidOut;
    const { dossier, views } = this.targets();
    for (const el of dossier ? [dossier] : views) {
      if (step.mission !== undefined) el.mission = step.mission;
      if (step.date !== undefined) el.date = step.date;
    }
    for (const el of views) {
      if (el.localName !== 'pk-sector-matrix') continue;
      el.compare = step.compare;
      const open = step.matrix?.areas;
      const areas = new Set<string>([...PRIORITY_AREAS.map((a) => a.id), ...(el.feed?.sectors ?? []).map((s) => s.area ?? '')]);
      el.collapsed = new Set(open ? [...areas].filter((a) => a && !open.includes(a)) : []);
    }
    return this.laidOut.then(() => this.frame(step, dossier, views)).catch(() => undefined);
  }

  private async frame(step: BriefingStep, dossier: Linkable | null, views: Linkable[]) {
    this.fitted = undefined;
    this.refits = 0;
    await dossier?.updateComplete;
    await this.layOutStage();
    for (const el of views) {
      await el.updateComplete;
      if (el.localName === 'pk-mission-map') {
        const site = step.map?.site ? el.feed?.missions?.find((m) => m.id === (step.mission ?? el.mission))?.sites?.find((s) => s.id === step.map?.site) : undefined;
        el.zoomTo?.(step.map?.center ?? site?.at, step.map?.zoom ?? (site ? 4 : 1));
      } else if (el.localName === 'pk-peacebuilding-timeline') {
        const open = step.timeline?.groups;
        (el as Linkable & { collapsedGroups?: ReadonlySet<string> }).collapsedGroups = new Set(open ? TRACK_GROUPS.filter((g) => !open.includes(g)) : []);
        // Without a window, the whole extent (the timeline keeps it within its own).
        el.zoomTo?.(step.timeline?.from ?? '0001', step.timeline?.to ?? '9999');
      }
    }
  }

  /** Places and fits the views the step shows (again when the stage's size changes). */
  private async layOutStage() {
    const step = this.current;
    const stage = this.stageEl;
    if (!step || !stage) return;
    const run = ++this.layoutRun;
    const box = stage.getBoundingClientRect();
    if (!box.width || !box.height) return;
    const host = this.getBoundingClientRect();
    this.style.setProperty('--_auto-scale', String(Math.max(1, Math.min(1.4, 1.75 * Math.min(host.width / 1920, host.height / 1080)))));
    const views = this.stageViews();
    const chosen = chosenViews(step, views.map((v) => v.kind));
    const rtl = getComputedStyle(this).direction === 'rtl';
    await layOut(views, chosen, step.layout, step.share, { width: box.width, height: box.height }, 16, rtl, this.querySelector('pk-dossier'));
    if (run !== this.layoutRun) return;
    this.fitted = heights(views);
    for (const v of views) this.resize?.observe(v.el);
  }

  /** The stage resized, or a view changed its height after it was fitted (its data or base map arrived): fitted again. */
  private onResize = (entries: ResizeObserverEntry[]) => {
    if (entries.some((e) => e.target === this.stageEl)) {
      this.refits = 0;
      this.relayout();
      return;
    }
    // While a fitting runs (nothing recorded yet), the views' changes are its own.
    const fitted = this.fitted;
    if (!fitted) return;
    const now = heights(this.stageViews());
    // Twice at most: a view whose height follows how it is fitted would otherwise be fitted for ever.
    if ((now.length !== fitted.length || now.some((h, i) => Math.abs(h - fitted[i]) > 1)) && this.refits++ < 2) this.relayout();
  };

  private relayout = () => {
    if (!this.parsed) return;
    this.fitted = undefined;
    this.laidOut = this.laidOut.then(() => this.layOutStage()).catch(() => undefined);
  };

  /** Moves to a step as the presenter did: fires `pk-step-change`, and the briefing's other windows follow. */
  private go(step: number) {
    const count = this.parsed?.steps.length ?? 0;
    const next = Math.max(0, Math.min(count - 1, step));
    if (next === this.step || count === 0) return;
    this.step = next;
    this.sync.moved(next);
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

  /** Opens this page again as the presenter view, in a second window; this one follows it. */
  private openPresenterWindow() {
    const url = new URL(location.href);
    url.hash = PRESENTER_HASH;
    const opened = window.open(url.href, 'pk-briefing-presenter', 'popup,width=1280,height=800');
    this.status = opened ? '' : this.t.popupBlocked;
  }

  private slideText(step: BriefingStep | undefined) {
    const lang = this.localize.lang();
    return {
      title: textOf(step?.title ?? this.parsed?.title, lang),
      caption: textOf(step?.caption, lang),
      date: step?.date ? this.t.asOf(formatPartialDate(step.date, lang)) : '',
      sources: textOf(this.parsed?.sources, lang),
      finePrint: problemsFinePrint(this.feedProblems, this.localize.messages()),
    };
  }

  /** The slide's colours as the page resolves them (`rgb(…)`, which PowerPoint and the PDF can read; the tokens are `light-dark(…)`). */
  private colors() {
    const style = getComputedStyle(this);
    const count = this.shadowRoot?.querySelector<HTMLElement>('.count');
    return {
      bg: style.getPropertyValue('background-color'),
      text: style.getPropertyValue('color'),
      muted: count ? getComputedStyle(count).color : style.getPropertyValue('color'),
    };
  }

  /** The step shown as one 16:9 slide (1920 × 1080): title, caption, date, the step's views as it arranges them, the sources line. */
  toSVG(): { svg: string; width: number; height: number } {
    const { svg, width, height } = this.slide(this.current, this.shownViews());
    return { svg, width, height };
  }

  private shownViews(): StageView[] {
    const views = this.stageViews();
    const step = this.current;
    return step ? chosenViews(step, views.map((v) => v.kind)).map((k) => views.find((v) => v.kind === k)!) : views;
  }

  private slide(step: BriefingStep | undefined, views: StageView[]) {
    const svgs = views.map((v) => (v.el as Linkable).toSVG?.({ finePrint: false }) ?? '').filter(Boolean);
    return { svgs, ...composeSlide({ ...this.slideText(step), views: svgs, arrangement: step?.layout, share: step?.share, dir: this.localize.dir(), colors: this.colors() }) };
  }

  /** The step shown as one PNG slide. A failure is shown and fires `pk-export-error`. */
  toPNG(): Promise<Blob> {
    return this.exportReport.run('png', () => {
      const { svg, width, height } = this.toSVG();
      return this.exportKit.svgStringToPng(svg, width, height, 1, this.colors().bg);
    });
  }

  /** Every step as a slide of a PowerPoint deck (16:9; views as images, text editable, notes as the slide's notes). Loads pptxgenjs. */
  toPPTX(): Promise<Blob> {
    return this.exportReport.run('pptx', async () => (await import('./deck-pptx.js')).toPPTX(await this.deck()));
  }

  /** Every step as a page of a PDF (16:9; views and text as vectors where the standard fonts allow). Loads jsPDF and svg2pdf.js. */
  toPDF(): Promise<Blob> {
    return this.exportReport.run('pdf', async () => (await import('./deck-pdf.js')).toPDF(await this.deck()));
  }

  /** Walks every step (without motion), takes each one's slide, and comes back to the step shown. */
  private async deck(): Promise<Deck> {
    const parsed = this.parsed;
    if (!parsed) throw new Error(this.problems[0]?.message ?? 'the briefing has no steps');
    const back = this.step;
    const lang = this.localize.lang();
    const kit = this.exportKit;
    const colors = this.colors();
    const slides: DeckSlide[] = [];
    this.style.setProperty('--pk-map-transition', '0ms');
    try {
      for (let i = 0; i < parsed.steps.length; i++) {
        this.status = this.t.preparing(i + 1, parsed.steps.length);
        this.step = i;
        await this.updateComplete;
        await this.layoutComplete;
        const step = parsed.steps[i];
        const { svg, svgs, layout } = this.slide(step, this.shownViews());
        const text = this.slideText(step);
        slides.push({
          ...text, notes: textOf(step.notes, lang), layout, svg,
          images: () => Promise.all(svgs.map((s, j) => {
            const size = svgSize(s)!;
            // At the resolution of its place on a 1920 × 1080 slide, and at least twice its own.
            const scale = Math.min(4, Math.max(2, layout.views[j].width / size.width));
            return kit.svgStringToPng(s, size.width, size.height, scale, colors.bg);
          })),
          raster: () => kit.svgStringToPng(svg, 1920, 1080, 1, colors.bg),
        });
      }
    } finally {
      this.style.removeProperty('--pk-map-transition');
      this.step = back;
      this.status = '';
    }
    return { title: textOf(parsed.title, lang), lang, rtl: this.localize.dir() === 'rtl', colors, slides };
  }

  private async download(format: 'png' | 'pptx' | 'pdf') {
    const make = { png: () => this.toPNG(), pptx: () => this.toPPTX(), pdf: () => this.toPDF() }[format];
    const blob = await make().catch(() => null);
    if (blob) saveFile(blob, format === 'png' ? `briefing-step-${this.step + 1}.png` : `briefing.${format}`);
  }

  protected override render() {
    const t = this.t;
    const lang = this.localize.lang();
    const step = this.current;
    const count = this.parsed?.steps.length ?? 0;
    const next = this.parsed?.steps[this.step + 1];
    return html`
      <header part="header">
        <h1>${textOf(step?.title ?? this.parsed?.title, lang)}</h1>
        <p class="where">${step?.date ? t.asOf(formatPartialDate(step.date, lang)) : nothing}</p>
        <p class="caption" aria-live="polite">${textOf(step?.caption, lang)}</p>
        <div class="notices">${renderLanguageNotice(lang, this.localize.messages())}${renderProblems(this.feedProblems, this.localize.messages())}${this.exportReport.render(this.localize.messages())}</div>
        ${this.problems.length ? html`<ul class="problems" role="alert">${this.problems.map((p) => html`<li>${p.path ? `${p.path}: ` : ''}${p.message}</li>`)}</ul>` : nothing}
      </header>
      <div class="stage"><slot></slot></div>
      ${this.presenter ? renderPresenter({
        elapsed: this.now - this.started,
        notes: textOf(step?.notes, lang),
        next: next ? { title: textOf(next.title ?? this.parsed?.title, lang), caption: textOf(next.caption, lang) } : null,
      }, t) : nothing}
      <nav part="controls" aria-label=${t.controls}>
        <span class="count">${count ? t.stepOf(this.step + 1, count) : ''}</span>
        <span class="status" role="status">${this.status}</span>
        <button type="button" @click=${() => this.go(this.step - 1)} ?disabled=${this.step <= 0}>${t.previous}</button>
        <button type="button" @click=${() => this.go(this.step + 1)} ?disabled=${this.step >= count - 1}>${t.next}</button>
        <button type="button" @click=${() => this.toggleFullscreen()}>${t.fullscreen}</button>
        <button type="button" aria-pressed=${String(this.presenter)} @click=${() => (this.presenter = !this.presenter)}>${t.presenterView}</button>
        <button type="button" @click=${() => this.openPresenterWindow()}>${t.presenterWindow}</button>
        <details class="export">
          <summary>${t.exportMenu}</summary>
          <div class="menu">
            <button type="button" @click=${() => this.download('pptx')}>${t.exportPptx}</button>
            <button type="button" @click=${() => this.download('pdf')}>${t.exportPdf}</button>
            <button type="button" @click=${() => this.download('png')}>${t.exportPng}</button>
          </div>
        </details>
      </nav>`;
  }
}

define('pk-briefing', PkBriefing);

declare global {
  interface HTMLElementTagNameMap {
    'pk-briefing': PkBriefing;
  }
}
