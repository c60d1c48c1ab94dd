/**
 * The base of the elements whose export is drawn from their layout (the sector matrix, the mandate
 * trends): `toSVG()`, `toPNG()` and the download buttons, written once. The element draws its picture
 * in the export colours with the export code (export-kit.ts, loaded once it has drawn); the kit's
 * `finishPicture` (picture.ts) reads the colours and adds the fine print; a failure is reported.
 */
import type { ExportColors } from './export-colors.js';
import { PkFeedElement } from './feed-element.js';
import type { Picture } from './picture.js';
import { saveFile } from './save-file.js';

type ExportKit = typeof import('./export-kit.js');

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

  private picture(finePrint: boolean) {
    const kit = this.exportKit;
    return kit.finishPicture(this, (colors) => this.drawPicture(kit, colors), finePrint ? this.finePrint() : [], this.localize.dir());
  }
}
