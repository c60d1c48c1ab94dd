/**
 * A picture drawn from an element's layout, finished for saving (export code, loaded once the element
 * has drawn): in the element's export colours, with the fine print under it, and its background for a PNG.
 */
import { exportColors, type ExportColors } from './export-colors.js';
import { withFinePrint } from './export.js';

/** An SVG document and its size in px. */
export interface Picture {
  svg: string;
  width: number;
  height: number;
}

export function finishPicture(host: HTMLElement, draw: (colors: ExportColors) => Picture | null, finePrint: readonly string[], dir: 'ltr' | 'rtl'): (Picture & { background: string }) | null {
  const colors = exportColors(host, host.shadowRoot!);
  const out = draw(colors);
  if (!out) return null;
  const background = colors.background;
  if (!finePrint.length) return { ...out, background };
  const svg = withFinePrint(out.svg, finePrint, { color: colors.muted, background, fontFamily: colors.fontFamily, dir });
  return { svg, width: out.width, height: Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? out.height), background };
}
