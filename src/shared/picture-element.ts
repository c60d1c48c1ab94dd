/**
 * The base of every element that exports a picture (the map, the timeline, the sector matrix, the mandate
 * trends): `toSVG()`, `toPNG()` and the download buttons, written once. The element draws its picture
 * with the export code (export-kit.ts, loaded once it has drawn): from its layout in the export colours
 * (matrix, mandate trends) or from its drawn SVG with computed styles (map, timeline); the kit's
 * `finishPicture` (picture.ts) adds the fine print and the background; a failure is reported.
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

  /** The same picture as a PNG at `scale` times the pixel density (twice by default, for slides). A failure is shown and fires `pk-export-error`. */
  toPNG(scale = 2): Promise<Blob> {
    return this.exportReport.run('png', () => {
      const out = this.picture(true);
      if (!out) throw new Error('Nothing to export: the feed has not been drawn yet.');
      return this.exportKit.svgStringToPng(out.svg, out.width, out.height, scale, out.background);
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
