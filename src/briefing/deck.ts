/**
 * The briefing's exports, on the briefing's side: the step shown as one slide (the views it chooses,
 * composed by slide.ts), and the whole deck walked step by step for the writers (deck-pptx.ts,
 * deck-pdf.ts), which load only when the presenter exports.
 */
import type { Deck, DeckSlide } from './deck-types.js';
import { composeSlide, svgSize } from './slide.js';
import type { SlideText } from './slide-layout.js';
import type { StageView } from './stage.js';
import type { BriefingStep } from './steps.js';

type ExportKit = typeof import('../shared/export-kit.js');
export type SlideColors = Deck['colors'];

/** The slide's colours as the page resolves them (`rgb(…)`, which PowerPoint and the PDF can read; the tokens are `light-dark(…)`). */
export function slideColors(host: HTMLElement, muted: Element | null | undefined): SlideColors {
  const style = getComputedStyle(host);
  return {
    bg: style.getPropertyValue('background-color'),
    text: style.getPropertyValue('color'),
    muted: muted ? getComputedStyle(muted).color : style.getPropertyValue('color'),
  };
}

/** One step as a 16:9 slide (1920 × 1080): its text, the views it shows as it arranges them. */
export function stepSlide(step: BriefingStep | undefined, views: StageView[], text: SlideText, dir: 'ltr' | 'rtl', colors: SlideColors) {
  const svgs = views.map((v) => (v.el as { toSVG?(o: { finePrint: boolean }): string }).toSVG?.({ finePrint: false }) ?? '').filter(Boolean);
  return { svgs, ...composeSlide({ ...text, views: svgs, arrangement: step?.layout, share: step?.share, dir, colors }) };
}

export interface DeckWalk {
  title: string;
  lang: string;
  rtl: boolean;
  colors: SlideColors;
  kit: ExportKit;
  steps: readonly BriefingStep[];
  /** Shows step `i` (without motion) and resolves once its views are laid out. */
  show(i: number): Promise<void>;
  /** The step's slide text, notes and the views it shows. */
  text(step: BriefingStep): SlideText & { notes: string };
  views(): StageView[];
  dir: 'ltr' | 'rtl';
}

/** Walks every step and takes each one's slide; the caller comes back to the step it showed. */
export async function walkDeck(w: DeckWalk): Promise<Deck> {
  const slides: DeckSlide[] = [];
  for (let i = 0; i < w.steps.length; i++) {
    await w.show(i);
    const step = w.steps[i];
    const text = w.text(step);
    const { svg, svgs, layout } = stepSlide(step, w.views(), text, w.dir, w.colors);
    slides.push({
      ...text, layout, svg,
      images: () => Promise.all(svgs.map((s, j) => {
        const size = svgSize(s)!;
        // At the resolution of its place on a 1920 × 1080 slide, and at least twice its own.
        const scale = Math.min(4, Math.max(2, layout.views[j].width / size.width));
        return w.kit.svgStringToPng(s, size.width, size.height, scale, w.colors.bg);
      })),
      raster: () => w.kit.svgStringToPng(svg, 1920, 1080, 1, w.colors.bg),
    });
  }
  return { title: w.title, lang: w.lang, rtl: w.rtl, colors: w.colors, slides };
}
