/**
 * The base of the elements whose export is drawn from their layout (the sector matrix, the mandate
 * trends): `toSVG()`, `toPNG()` and the download buttons, written once. The element draws its picture
 * in the export colours (export-colors.ts) with the export code (export-kit.ts, loaded once it has
 * drawn, the colours' reading included); this adds the fine print, renders the PNG on the picture's background, and reports a failure.
 */
import type { ExportColors } from './export-colors.js';
import { PkFeedElement } from './feed-element.js';
import { saveFile } from './save-file.js';

type ExportKit = typeof import('./export-kit.js');

/** An SVG document and its size in px. */
export interface Picture {
  svg: string;
  width: number;
  height: number;
}

export abstract class PkPictureElement extends PkFeedElement {
  /** The downloaded file's name without its extension (`sector-matrix` gives sector-matrix.svg). */
  protected abstract readonly pictureName: string;

  /** The picture as shown, in these colours; null when there is nothing to draw. */
  protected abstract drawPicture(kit: ExportKit, colors: ExportColors): Picture | null;

  /**
   * What is shown, legend and summary included, as SVG text. The fine print says how many entries of
   * the feed could not be shown (`finePrint: false` leaves it to a briefing's slide, which says it once).
   */
  toSVG(options: { finePrint?: boolean } = {}): string {
    return this.picture(options.finePrint ?? true)?.svg ?? '';
  }

  /** The same picture as a PNG at twice the pixel density, for slides. A failure is shown and fires `pk-export-error`. */
  toPNG(): Promise<Blob> {
    return this.exportReport.run('png', () => {
      const out = this.picture(true);
      if (!out) throw new Error('Nothing to export: the feed has not loaded.');
      return this.exportKit.svgStringToPng(out.svg, out.width, out.height, 2, out.background);
    });
  }

  /** Saves the picture as a file (the toolbar's buttons). */
  protected async download(kind: 'svg' | 'png'): Promise<void> {
    const blob = kind === 'svg' ? new Blob([this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG().catch(() => null);
    if (blob) saveFile(blob, `${this.pictureName}.${kind}`);
  }

  private picture(finePrint: boolean): (Picture & { background: string }) | null {
    const colors = this.exportKit.exportColors(this, this.renderRoot as ShadowRoot);
    const out = this.drawPicture(this.exportKit, colors);
    if (!out) return null;
    const background = colors.background;
    const lines = finePrint ? this.finePrint() : [];
    if (!lines.length) return { ...out, background };
    const svg = this.exportKit.withFinePrint(out.svg, lines, { color: colors.muted, background, fontFamily: colors.fontFamily, dir: this.localize.dir() });
    return { svg, width: out.width, height: Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? out.height), background };
  }
}
