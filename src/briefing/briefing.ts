/**
 * `<pk-briefing>`: a presenter walks a room through a mission's life, step by step, from the
 * keyboard or a clicker, on the peacekit elements inside it. One step, one screen.
 */
import { type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { errorsOf, formatPartialDate, textOf, type Problem } from '../model/index.js';
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
import { problemsFinePrint } from '../shared/problems-line.js';
import { problemsStyles, renderProblems } from '../shared/problems-notice.js';
import { tokens } from '../shared/tokens.js';
import { chosenViews } from './arrange.js';
import { slideColors, stepSlide, walkDeck } from './deck.js';
import type { Deck } from './deck-types.js';
import { adoptFitStyles } from './fit-styles.js';
import { settled, unfit, type FitRung } from './fit.js';
import { StageFit } from './stage-fit.js';
import { applyStep, frameStep, type Linkable } from './focus.js';
import { keyAction } from './keys.js';
import { openPresenterWindow, PRESENTER_HASH, StepSync } from './presenter.js';
import { findViews, type StageView } from './stage.js';
import { briefingStyles } from './styles.js';
import { parseBriefing, type Briefing, type BriefingStep } from './steps.js';
import { renderBriefing } from './templates.js';

// The English strings come with the element's code, not with the first load (en-briefing.ts).
addTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', briefing: enBriefing });

export { PRESENTER_HASH };

/**
 * Steps through a briefing defined in JSON: each step sets the mission and the date of the peacekit
 * elements inside (through their `<pk-dossier>` when there is one), chooses which views it shows and how
 * they share the screen, what each looks at (the map's centre or a site, the timeline's window, the
 * matrix's open areas), a caption and speaker notes. The briefing fills its box (the viewport unless
 * the page sizes it) without scrolling: a view too large for its place is simplified, a map drawn narrower, and
 * the type goes down to the kit's own at most (fit.ts). PageDown/PageUp (what clickers send),
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
  static override styles = [tokens, noticeStyles, problemsStyles, briefingStyles];

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
  private readonly fit = new StageFit(this, () => this.stageEl, () => this.current);
  private readonly sync = new StepSync(() => this.step, (step) => { this.step = step; });
  private readonly localize = new Localize(this);
  private readonly exportReport = new ExportReport(this, () => this.localize.messages());

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguages();
    void loadLanguage(this.localize.lang());
    if (location.hash === PRESENTER_HASH) this.presenter = true;
    adoptFitStyles(this);
    document.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('pk-feed-load', this.onFeed);
    this.addEventListener('pk-feed-error', this.onFeed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('pk-feed-load', this.onFeed);
    this.removeEventListener('pk-feed-error', this.onFeed);
    this.request?.abort();
    this.fit.disconnect();
    this.sync.close();
    clearInterval(this.timer);
  }

  private onFeed = () => {
    this.collectProblems();
    if (this.parsed) this.fit.relayout();
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
    this.fit.observe();
    // Views given their feed before the briefing was connected fired their events unheard.
    void Promise.all(this.targets().views.map((v) => v.updateComplete)).then(this.collectProblems);
  }

  /**
   * How each view of the step shown was fitted, in the step's order: `as-is`, `simplified` (what only
   * serves clicks hidden, fewer map labels), `narrowed` (a map drawn narrower), `kit-type` (the kit's
   * type instead of the briefing's larger one), `scaled` (shrunk: its text reads under 12 px).
   */
  get viewFits(): readonly FitRung[] {
    return this.fit.fits;
  }

  /** Resolves when the step shown is applied and its views fit the screen. */
  get layoutComplete(): Promise<void> {
    return this.fit.complete;
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
    if (changed.has('step') || changed.has('parsed')) this.apply();
    else if (changed.has('presenter') && this.parsed) this.fit.relayout();
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
  private apply(): void {
    const step = this.current;
    if (!step) return;
    const { dossier, views } = this.targets();
    applyStep(step, dossier, views);
    this.fit.queue(async (layOut) => {
      await dossier?.updateComplete;
      await layOut();
      await frameStep(step, views);
    });
  }

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
    if (!this.parsed) return;
    const action = keyAction(event, this.step, this.parsed.steps.length);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'fullscreen') void this.toggleFullscreen();
    else this.go(action.step);
  };

  private async toggleFullscreen() {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await this.requestFullscreen?.().catch(() => undefined);
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

  private colors() {
    return slideColors(this, this.shadowRoot?.querySelector('.count'));
  }

  /** The step shown as one 16:9 slide (1920 × 1080): title, caption, date, the step's views as it arranges them, the sources line. */
  toSVG(): { svg: string; width: number; height: number } {
    const { svg, width, height } = stepSlide(this.current, this.shownViews(), this.slideText(this.current), this.localize.dir(), this.colors());
    return { svg, width, height };
  }

  private shownViews(): StageView[] {
    const views = this.stageViews();
    const step = this.current;
    return step ? chosenViews(step, views.map((v) => v.kind)).map((k) => views.find((v) => v.kind === k)!) : views;
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
    this.style.setProperty('--pk-map-transition', '0ms');
    this.fit.hold(true);
    try {
      return await walkDeck({
        title: textOf(parsed.title, lang), lang, rtl: this.localize.dir() === 'rtl', dir: this.localize.dir(),
        colors: this.colors(), kit: this.exportKit, steps: parsed.steps,
        show: async (i) => {
          this.status = this.t.preparing(i + 1, parsed.steps.length);
          this.step = i;
          await this.updateComplete;
          await this.layoutComplete;
          // The slide has the room the screen lacked: the views as they draw unfitted, framed on the step again.
          const views = this.shownViews().map((v) => v.el as Linkable);
          views.forEach(unfit);
          await Promise.all(views.map(settled));
          await frameStep(parsed.steps[i], views);
        },
        text: (step) => ({ ...this.slideText(step), notes: textOf(step.notes, lang) }),
        views: () => this.shownViews(),
      });
    } finally {
      this.style.removeProperty('--pk-map-transition');
      this.fit.hold(false);
      if (this.step === back) this.apply();
      this.step = back;
      this.status = '';
    }
  }

  private async download(format: 'png' | 'pptx' | 'pdf') {
    const make = { png: () => this.toPNG(), pptx: () => this.toPPTX(), pdf: () => this.toPDF() }[format];
    const blob = await make().catch(() => null);
    if (blob) saveFile(blob, format === 'png' ? `briefing-step-${this.step + 1}.png` : `briefing.${format}`);
  }

  protected override render() {
    const lang = this.localize.lang();
    const messages = this.localize.messages();
    const step = this.current;
    const next = this.parsed?.steps[this.step + 1];
    const text = this.slideText(step);
    return renderBriefing({
      t: this.t, title: text.title, date: text.date, caption: text.caption, problems: this.problems,
      notices: [renderLanguageNotice(lang, messages), renderProblems(this.feedProblems, messages), this.exportReport.render(messages)],
      step: this.step, count: this.parsed?.steps.length ?? 0, status: this.status,
      presenter: this.presenter ? {
        elapsed: this.now - this.started,
        notes: textOf(step?.notes, lang),
        next: next ? { title: textOf(next.title ?? this.parsed?.title, lang), caption: textOf(next.caption, lang) } : null,
      } : null,
    }, {
      move: (by) => this.go(this.step + by),
      fullscreen: () => void this.toggleFullscreen(),
      togglePresenter: () => (this.presenter = !this.presenter),
      presenterWindow: () => (this.status = openPresenterWindow() ? '' : this.t.popupBlocked),
      download: (format) => void this.download(format),
    });
  }
}

define('pk-briefing', PkBriefing);

declare global {
  interface HTMLElementTagNameMap {
    'pk-briefing': PkBriefing;
  }
}
