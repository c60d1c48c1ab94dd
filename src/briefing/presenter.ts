/**
 * Presenter support: the audience view follows the presenter's, in another window of the same origin
 * (BroadcastChannel; a window opened as the presenter view asks the others for their step), and the
 * presenter's panel: elapsed time, speaker notes and the next step.
 */
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../shared/messages/en.js';

type Message = { kind: 'hello' } | { kind: 'step'; step: number };

/** Keeps the step of every briefing with the same key in step across windows of one origin. */
export class StepSync {
  private channel?: BroadcastChannel;

  constructor(private readonly current: () => number, private readonly follow: (step: number) => void) {}

  /** Joins the briefings of `key` (the steps' URL or the title); asks them where they are. */
  open(key: string): void {
    this.close();
    if (typeof BroadcastChannel === 'undefined' || !key) return;
    this.channel = new BroadcastChannel(`peacekit-briefing:${key}`);
    this.channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (m?.kind === 'hello') this.send({ kind: 'step', step: this.current() });
      else if (m?.kind === 'step' && Number.isInteger(m.step) && m.step !== this.current()) this.follow(m.step);
    };
    this.send({ kind: 'hello' });
  }

  /** Tells the others the presenter moved. */
  moved(step: number): void {
    this.send({ kind: 'step', step });
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }

  private send(m: Message) {
    this.channel?.postMessage(m);
  }
}

/** Minutes and seconds (hours when over an hour), as a clock shows them. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  return h ? `${h}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` : `${two(Math.floor(s / 60))}:${two(s % 60)}`;
}

export interface PresenterPanel {
  elapsed: number;
  notes: string;
  /** The next step's title and caption; null on the last step. */
  next: { title: string; caption: string } | null;
}

export function renderPresenter(p: PresenterPanel, t: Messages['briefing']): TemplateResult {
  return html`<aside class="presenter" part="presenter" aria-label=${t.presenterView}>
    <p class="elapsed"><span>${t.elapsed}</span> <time role="timer" aria-live="off">${formatElapsed(p.elapsed)}</time></p>
    <h2>${t.notes}</h2>
    <div class="notes">${p.notes ? p.notes.split(/\n+/).map((para) => html`<p>${para}</p>`) : html`<p class="none">${t.noNotes}</p>`}</div>
    <h2>${t.nextStep}</h2>
    <div class="next">${p.next ? html`<p class="next-title">${p.next.title}</p><p>${p.next.caption}</p>` : html`<p class="none">${t.lastStep}</p>`}</div>
  </aside>`;
}

/** The hash of a page opened as the presenter view (the "Presenter window" button opens it). */
export const PRESENTER_HASH = '#pk-presenter';

/** Opens this page again as the presenter view, in a second window (which the first then follows); false when a popup blocker refused it. */
export function openPresenterWindow(): boolean {
  const url = new URL(location.href);
  url.hash = PRESENTER_HASH;
  return !!window.open(url.href, 'pk-briefing-presenter', 'popup,width=1280,height=800');
}
