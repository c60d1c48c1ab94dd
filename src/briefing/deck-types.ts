/**
 * What the briefing hands the deck writers (deck-pptx.ts, deck-pdf.ts), which load only when the
 * presenter exports: plain data, so that they share no code with the briefing (each is one file of its
 * own beside the bundle).
 */
import type { SlideLayout } from './slide-layout.js';

export interface DeckSlide {
  title: string;
  caption: string;
  date: string;
  sources: string;
  finePrint: readonly string[];
  notes: string;
  /** Positions on a 1920 × 1080 slide. */
  layout: SlideLayout;
  /** The whole slide as SVG (slide.ts), for the PDF's vectors. */
  svg: string;
  /** The views' drawings as PNG, at the resolution of their place on a 1920 × 1080 slide (PowerPoint). */
  images: () => Promise<Blob[]>;
  /** The whole slide as a PNG, for a PDF page whose text the PDF's standard fonts cannot write. */
  raster: () => Promise<Blob>;
}

export interface Deck {
  title: string;
  lang: string;
  rtl: boolean;
  colors: { bg: string; text: string; muted: string };
  slides: DeckSlide[];
  /** Told before each slide is written, from 0. */
  progress?: (slide: number) => void;
}
