/**
 * What every peacekit element shares: where its feed comes from (`src`, `data`, an inline JSON
 * script, or an enclosing `<pk-dossier>`), its `mission`, `date` and `lang`, and the states before it
 * can draw. A thin base: the loading itself lives in `FeedController`, drawing in each element.
 */
import { ContextConsumer } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, Problem } from '../model/index.js';
import { dossierContext, type DossierState } from './dossier-context.js';
import { PkRetryEvent, type SelectDetail } from './events.js';
import { ExportReport, exportReportStyles } from './export-report.js';
import { FeedController } from './feed-controller.js';
import type { FeedFetcher } from './fetch-feed.js';
import { Localize, loadLanguage, watchLanguages } from './i18n.js';
import { LangElement } from './lang-attribute.js';
import { languageNoticeStyles, renderLanguageNotice } from './language-notice.js';
import type { Messages } from './messages/en.js';
import { problemsFinePrint } from './problems-line.js';

/** The styles of the notices every element shows above its drawing (add them to an element's `styles`). */
export const noticeStyles = [languageNoticeStyles, exportReportStyles];

type ProblemsNotice = typeof import('./problems-notice.js');
/** The problems notice, fetched once by the first element whose feed had errors. */
let problemsNotice: Promise<ProblemsNotice> | undefined;

/**
 * @fires pk-feed-load - The feed loaded and parsed (detail: `{ feed, problems }`; problems may hold warnings).
 * @fires pk-feed-error - The feed could not be loaded or cannot be drawn (detail: `{ problems, network?, strict? }`).
 * @fires pk-retry - Inside a dossier: the user pressed "Try again" on this view; the dossier loads its feed again (detail: `{ from }`, the view's tag).
 * @fires pk-export-error - An export (`toPNG()`, a download button) failed, e.g. blocked by the page's CSP (detail: `{ format, message, blocked }`).
 * @csspart problems - The notice of a feed drawn in part: how many entries could not be shown, opening onto each problem and its JSON path.
 * @csspart language-notice - Said when the element's language's strings did not load (it then draws in English).
 * @csspart export-error - Said when an export failed.
 * @cssprop --pk-font-family - Font of all text; inherits the page's font by default.
 * @cssprop --pk-color-text - Text colour (light and dark values by default).
 * @cssprop --pk-color-bg - Background of controls and panels.
 * @cssprop --pk-color-accent - Interactive accents and focus.
 * @cssprop --pk-loading-height - The room the loading state keeps for the drawing to come, so that the page does not jump when it arrives (docs/loading.md); by default about the element's height on the demo feeds.
 */
export abstract class PkFeedElement extends LangElement {
  /** URL of a feed (JSON). A new `src` cancels the previous request; the latest always wins. */
  @property({ reflect: true }) src?: string;

  /**
   * Whether the request for `src` sends cookies and HTTP authentication: `omit`, `same-origin` (the
   * default) or `include` (a feed on another origin behind a sign-in; that server must answer with
   * `Access-Control-Allow-Credentials: true` and its own origin, not `*`). Default: `setFeedOptions`'s.
   */
  @property() credentials?: RequestCredentials;

  /**
   * The fetch that loads `src`, to add headers or a token:
   * `el.fetcher = (url, init) => fetch(url, { ...init, headers: { ...init.headers, authorization: 'Bearer …' } })`.
   * It gets the URL and the kit's `init` (signal, accept header, credentials) and returns a `Response`.
   * Default: `setFeedOptions`'s `fetch`, else the page's.
   */
  @property({ attribute: false }) fetcher?: FeedFetcher;

  /** Seconds to wait for the whole feed before saying so, with a retry (default 20, or `setFeedOptions`'s). */
  @property({ type: Number }) timeout?: number;

  /** The largest feed read, in megabytes (default 20, or `setFeedOptions`'s): a larger answer is refused, with a retry. */
  @property({ type: Number, attribute: 'max-size' }) maxSize?: number;

  /** A feed as an object (or JSON text); takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Mission id to show; without it, the element shows every mission of the feed. */
  @property({ reflect: true }) mission?: string;

  /** The day to show, as an ISO date ("2005", "2005-06" or "2005-06-30"). Defaults to the feed's as-of day. */
  @property({ reflect: true }) date?: string;

  /** `light`, `dark` or `auto`; without it the element follows the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /**
   * Shows nothing of a feed with errors: the error state lists them instead of the valid part being
   * drawn with a notice. For portals that prefer nothing to a part.
   */
  @property({ type: Boolean, reflect: true }) strict = false;

  /** What is selected in the linked views (set by a dossier); elements highlight what relates to it. */
  @property({ attribute: false }) selection?: SelectDetail;

  protected readonly feedController = new FeedController(this, () => this.strict, () => ({
    credentials: this.credentials, fetch: this.fetcher, timeout: this.timeout, maxSize: this.maxSize,
  }));

  /** Shows and fires an export's failure (`pk-export-error`). */
  protected readonly exportReport = new ExportReport(this, () => this.messages);

  /** Its language, direction and the kit's strings in that language (see `src/shared/i18n.ts`). */
  protected readonly localize = new Localize(this);

  /** Inside a `<pk-dossier>`: its feed, mission, date and selection, unless the element has its own source. */
  private readonly dossier = new ContextConsumer(this, {
    context: dossierContext,
    subscribe: true,
    callback: (state) => this.followDossier(state),
  });

  /** Every problem found in the feed (errors and warnings), each with its JSON path. */
  get problems(): Problem[] {
    return this.feedController.problems;
  }

  /** The parsed feed (its valid part), or null before it has loaded or when it is invalid. */
  get feed(): Feed | null {
    return this.feedController.feed;
  }

  /** The language the element draws in: its `lang`, else the nearest ancestor's, else the document's. */
  get language(): string {
    return this.localize.lang();
  }

  /** The kit's strings in the element's language; the same object until the language or its catalogue changes. */
  protected get messages(): Messages {
    return this.localize.messages();
  }


  /**
   * Whether this element shows the notices itself: not when it draws a dossier's feed (the dossier
   * shows them once, above its views) nor inside a briefing (which shows them in its header).
   */
  protected get showsNotices(): boolean {
    return !this.feedController.adopted && !this.closest('pk-briefing');
  }

  /** The notices above the drawing: a language that did not load, a feed drawn in part, a failed export. */
  protected renderNotices(): TemplateResult {
    const t = this.messages;
    const ready = this.feedController.status === 'ready';
    return html`${this.showsNotices ? html`${renderLanguageNotice(this.language, t)}${ready ? this.renderProblems(t) : nothing}` : nothing}${this.exportReport.render(t)}`;
  }

  /** The notice's module once this element has adopted its styles; a promise while it loads. */
  private problemsModule?: ProblemsNotice | Promise<unknown>;

  /**
   * The notice of a feed drawn in part (problems-notice.ts, fetched with its styles the first time an
   * element needs it; `updateComplete` waits for it). Until then, and if it cannot load, its one line.
   */
  private renderProblems(t: Messages): TemplateResult | typeof nothing {
    const problems = this.feedController.problems;
    const line = problemsFinePrint(problems, t);
    if (!line.length) return nothing;
    if (this.problemsModule && !(this.problemsModule instanceof Promise)) return this.problemsModule.renderProblems(problems, t);
    this.problemsModule ??= (problemsNotice ??= import('./problems-notice.js')).then((m) => {
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, m.problemsStyles.styleSheet!];
      this.problemsModule = m;
      this.requestUpdate();
    }, () => undefined);
    return html`<p class="pk-problems" part="problems">${line[0]}</p>`;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.problemsModule instanceof Promise) {
      const loading = this.problemsModule;
      await loading;
      if (this.problemsModule === loading) break; // it could not load: its line stays
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The fine print of the element's exports: how many entries of the feed could not be shown. */
  protected finePrint(): string[] {
    return problemsFinePrint(this.feedController.problems, this.messages);
  }

  private get ownSource(): boolean {
    return Boolean(this.src) || (this.data !== undefined && this.data !== null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguages();
    // Fetch the language's strings now, alongside the feed, rather than at first render.
    void loadLanguage(this.language);
    // An inline feed is read when the element meets its children; re-read after a move.
    if (!this.ownSource && !this.dossier.value && this.feedController.status === 'empty') {
      this.feedController.load({});
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.localize.refresh();
    // A new way to fetch (credentials, fetcher, ...) set after `src` fetches it again with it.
    const fetching = this.src && ['credentials', 'fetcher', 'timeout', 'maxSize'].some((k) => changed.has(k as keyof PkFeedElement));
    if ((changed.has('src') || changed.has('data') || fetching) && (this.ownSource || !this.dossier.value)) {
      this.feedController.load({ src: this.src, data: this.data });
    } else if (changed.has('strict')) {
      this.feedController.restrict();
    }
  }

  private followDossier(state: DossierState | undefined) {
    if (!state) return;
    const c = this.feedController;
    if (!this.ownSource && (state.feed !== c.feed || state.status !== c.status || state.progress !== c.progress)) {
      // "Try again" in a linked element asks the dossier, which holds the one request.
      this.feedController.adopt(state, () => this.dispatchEvent(new PkRetryEvent({ from: this.localName })));
    }
    if (state.mission !== this.mission) this.mission = state.mission;
    if (state.date !== this.date) this.date = state.date;
    if (state.selection !== this.selection) this.selection = state.selection;
  }
}
