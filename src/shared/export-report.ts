/**
 * What an element does when an export fails (the page's CSP blocks the images a PNG is drawn through,
 * or anything else): it says so in the element, in its language, and fires `pk-export-error`; the
 * caller of `toPNG()` gets the rejection too. Never a silent nothing.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { PkExportErrorEvent, type ExportErrorDetail } from './events.js';
import type { ExportError } from './export-error.js';
import type { Messages } from './messages/en.js';

export class ExportReport implements ReactiveController {
  /** The last failure, shown until the next export succeeds or the reader dismisses it. */
  failure: ExportErrorDetail | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly messages: () => Messages) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Runs an export; a failure is shown, fired as `pk-export-error`, and rethrown. */
  async run<T>(format: ExportErrorDetail['format'], make: () => T | Promise<T>): Promise<T> {
    try {
      const out = await make();
      if (this.failure) this.dismiss();
      return out;
    } catch (e) {
      const t = this.messages();
      const name = format.toUpperCase();
      // An ExportError (export-error.ts, in the export code loaded after drawing) says whether the CSP blocked it.
      const blocked = (e as Partial<ExportError> | null)?.name === 'ExportError' && (e as ExportError).blocked === true;
      this.failure = { format, blocked, message: blocked ? t.exportBlocked(name) : t.exportFailed(name, (e as Error)?.message ?? String(e)) };
      this.host.requestUpdate();
      this.host.dispatchEvent(new PkExportErrorEvent(this.failure));
      throw e;
    }
  }

  dismiss(): void {
    this.failure = null;
    this.host.requestUpdate();
  }

  /** The message, with a button to dismiss it; nothing when the last export went well. */
  render(t: Messages): TemplateResult | typeof nothing {
    if (!this.failure) return nothing;
    return html`<div class="pk-export-error" role="alert" part="export-error">
      <span>${this.failure.message}</span>
      <button type="button" @click=${() => this.dismiss()}>${t.dismiss}</button>
    </div>`;
  }
}

export const exportReportStyles = css`
  .pk-export-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pk-space-2);
    margin-block: 0 var(--pk-space-2);
    padding: var(--pk-space-1) var(--pk-space-2);
    border: 1px solid var(--pk-color-error);
    border-radius: var(--pk-radius);
    background: var(--pk-color-surface);
    font-size: var(--pk-font-size-s);
  }
  .pk-export-error > span { flex: 1 1 20ch; }
`;
