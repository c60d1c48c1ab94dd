/**
 * Text widths estimated without the DOM, so that layouts stay pure and testable: a system sans-serif
 * averages about 0.56 em a character; Chinese, Japanese and Korean characters are about 1 em.
 */
// Chinese, Japanese and Korean characters, and full-width forms, are about 1 em wide.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Estimated width of one character, in em. */
const emOf = (ch: string) => (WIDE.test(ch) ? 1 : 0.56);

/** Estimated width of a text in em, counting a Latin character as 1 (a Chinese one as 1 / 0.56). */
export function latinChars(text: string): number {
  let em = 0;
  for (const ch of text) em += emOf(ch);
  return em / 0.56;
}

/** Estimated width in px of a text at a font size. */
export function textWidth(text: string, fontSize = 12): number {
  return Math.ceil(latinChars(text) * 0.56 * fontSize);
}

/**
 * Estimated width in px of a label that must never touch another (the map's names, its legend and scale
 * bar): the same estimate with room to spare, 0.6 em a Latin character. `spacing` is the letter spacing
 * in em, for names drawn spaced out.
 */
export function labelWidth(text: string, fontSize = 12, spacing = 0): number {
  // To the hundredth of a pixel, so that sums of widths do not carry floating-point noise.
  return Math.round((latinChars(text) * 0.6 + [...text].length * spacing) * fontSize * 100) / 100;
}

/** The text cut to fit `width` px with an ellipsis, or '' when fewer than 4 characters would fit. */
export function fitText(text: string, width: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= width) return text;
  const room = width / fontSize - 0.56; // the ellipsis
  let em = 0;
  let kept = '';
  for (const ch of text) {
    if (em + emOf(ch) > room) break;
    em += emOf(ch);
    kept += ch;
  }
  return [...kept].length >= 4 || em >= 2.24 ? `${kept.trimEnd()}…` : '';
}
