/**
 * `<pk-dossier>`: loads a feed once and links the peacekit elements inside it, however deep. It
 * draws nothing of its own; it holds the shared mission, date and selection.
 */
import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { dossierContext, type DossierState } from '../shared/dossier-context.js';
import { define } from '../shared/define.js';
import { noticeStyles, PkFeedElement } from '../shared/feed-element.js';
import { statusStyles } from '../shared/status.js';
import { tokens } from '../shared/tokens.js';

/**
 * Links the peacekit elements inside it: one fetch of `src` for all of them; moving the timeline's
 * cursor sets everyone's `date`; selecting a mission focuses everyone on it; any selection is
 * shared so the others can highlight what relates to it.
 *
 * @slot - Any content; peacekit elements anywhere inside (also in nested shadow roots) are linked.
 * @fires pk-feed-load - The feed loaded (detail: `{ feed, problems }`).
 * @fires pk-feed-error - The feed could not be loaded or is invalid (detail: `{ problems, network?, strict? }`).
 * @csspart problems - The notice of a feed drawn in part, above the linked views (which do not repeat
 *   it): how many entries could not be shown, opening onto each problem with its JSON path. Inside a
 *   `<pk-briefing>`, the briefing's header shows it instead.
 * @csspart language-notice - Said when the element's language's strings did not load.
 */
export class PkDossier extends PkFeedElement {
  static override styles = [tokens, statusStyles, noticeStyles, css`:host { display: block; }`];

  private readonly provider = new ContextProvider(this, { context: dossierContext, initialValue: this.state() });

  constructor() {
    super();
    // Linking listens to the same public events a portal page would use without a dossier.
    this.addEventListener('pk-date-change', (e) => {
      this.date = e.detail.date;
    });
    this.addEventListener('pk-select', (e) => {
      if (e.detail.kind === 'mission') this.mission = e.detail.id;
      this.selection = e.detail;
    });
    this.addEventListener('pk-retry', () => this.feedController.retry());
  }

  private state(): DossierState {
    const c = this.feedController;
    return {
      status: c.status, feed: c.feed, problems: c.problems, networkError: c.networkError, networkSay: c.networkSay, progress: c.progress, refusedAsStrict: c.refusedAsStrict,
      mission: this.mission, date: this.date, selection: this.selection,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const next = this.state();
    const prev = this.provider.value;
    const same = (Object.keys(next) as (keyof DossierState)[]).every((k) => next[k] === prev[k]);
    if (!same) this.provider.setValue(next);
  }

  protected override render() {
    // Linked elements show the feed's state themselves; the dossier says once, above them, what of
    // the feed could not be shown, and adds nothing while all is well.
    return html`${this.renderNotices()}<slot></slot>`;
  }
}

define('pk-dossier', PkDossier);

declare global {
  interface HTMLElementTagNameMap {
    'pk-dossier': PkDossier;
  }
}
