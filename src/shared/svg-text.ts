/**
 * Text written into SVG markup by the exports (map, matrix): escaped, since strings from a feed are
 * always text, never markup; and broken into lines, since SVG text does not wrap.
 */
import { textWidth } from './text-width.js';
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as XML character data or as an attribute value. */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** The text broken into lines at word boundaries, each at most `width` px wide at `fontSize` (text-width.ts's estimate). */
export function wrapText(text: string, width: number, fontSize = 12): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && textWidth(`${line} ${word}`, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Breaks text into lines of at most `chars` characters, at spaces (a longer word has a line of its own). */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
