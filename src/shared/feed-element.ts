/**
 * What every peacekit element shares: where its feed comes from (`src`, `data`, an inline JSON
 * script, or an enclosing `<pk-dossier>`), its `mission`, `date` and `lang`, and the states before it
 * can draw. A thin base: the loading itself lives in `FeedController`, drawing in each element.
 */
import { ContextConsumer } from '@lit/context';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, Problem } from '../model/index.js';
import { dossierContext, type DossierState } from './dossier-context.js';
import type { SelectDetail } from './events.js';
import { FeedController } from './feed-controller.js';
import { Localize, loadLanguage, watchLanguages } from './i18n.js';
import { LangElement } from './lang-attribute.js';
import type { Messages } from './messages/en.js';

/**
 * @fires pk-feed-load - The feed loaded and parsed (detail: `{ feed, problems }`; problems may hold warnings).
 * @fires pk-feed-error - The feed could not be loaded or cannot be drawn (detail: `{ problems, network? }`).
 * @cssprop --pk-font-family - Font of all text; inherits the page's font by default.
 * @cssprop --pk-color-text - Text colour (light and dark values by default).
 * @cssprop --pk-color-bg - Background of controls and panels.
 * @cssprop --pk-color-accent - Interactive accents and focus.
 */
export abstract class PkFeedElement extends LangElement {
  /** URL of a feed (JSON). A new `src` cancels the previous request; the latest always wins. */
  @property({ reflect: true }) src?: string;

  /** A feed as an object (or JSON text); takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Mission id to show; without it, the element shows every mission of the feed. */
  @property({ reflect: true }) mission?: string;

  /** The day to show, as an ISO date ("2005", "2005-06" or "2005-06-30"). Defaults to the feed's as-of day. */
  @property({ reflect: true }) date?: string;

  /** `light`, `dark` or `auto`; without it the element follows the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** What is selected in the linked views (set by a dossier); elements highlight what relates to it. */
  @property({ attribute: false }) selection?: SelectDetail;

  protected readonly feedController = new FeedController(this);

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
    if ((changed.has('src') || changed.has('data')) && (this.ownSource || !this.dossier.value)) {
      this.feedController.load({ src: this.src, data: this.data });
    }
  }

  private followDossier(state: DossierState | undefined) {
    if (!state) return;
    if (!this.ownSource && (state.feed !== this.feedController.feed || state.status !== this.feedController.status)) {
      // "Try again" in a linked element asks the dossier, which holds the one request.
      this.feedController.adopt(state, () => this.dispatchEvent(new Event('pk-retry', { bubbles: true, composed: true })));
    }
    if (state.mission !== this.mission) this.mission = state.mission;
    if (state.date !== this.date) this.date = state.date;
    if (state.selection !== this.selection) this.selection = state.selection;
  }
}
