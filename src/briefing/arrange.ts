/**
 * How a step's views share a box: pure geometry, used on screen (the stage) and on the exported
 * slide and page, so that both look the same.
 */
import type { Arrangement, ViewKind } from './steps.js';

export interface Rect { x: number; y: number; width: number; height: number }

/** The layout when the step does not say: one view alone, two side by side, three with the first large. */
export function defaultArrangement(count: number): Arrangement {
  return count >= 3 ? 'main' : 'row';
}

/**
 * The boxes of `count` views in `box`, `gap` apart. `row`: side by side; `column`: one above the
 * other; `main`: the first on the inline start, the others stacked beside it. `share` weighs each
 * view (in `main`, the first against the column of the others, which share it by their own weights).
 */
export function arrange(count: number, arrangement: Arrangement, box: Rect, gap: number, share: readonly number[] = []): Rect[] {
  if (count <= 0) return [];
  const weights = Array.from({ length: count }, (_, i) => share[i] ?? 1);
  const split = (length: number, parts: number[]) => {
    const total = parts.reduce((a, b) => a + b, 0);
    const free = Math.max(0, length - gap * (parts.length - 1));
    let at = 0;
    return parts.map((w) => {
      const size = (free * w) / total;
      const start = at;
      at += size + gap;
      return [start, size] as const;
    });
  };
  if (count === 1) return [{ ...box }];
  if (arrangement === 'main') {
    const rest = weights.slice(1);
    const restWeight = rest.reduce((a, b) => a + b, 0) / rest.length;
    const [[, mainW], [sideX, sideW]] = split(box.width, [weights[0], restWeight]);
    const rows = split(box.height, rest);
    return [
      { x: box.x, y: box.y, width: mainW, height: box.height },
      ...rows.map(([y, h]) => ({ x: box.x + sideX, y: box.y + y, width: sideW, height: h })),
    ];
  }
  if (arrangement === 'column') return split(box.height, weights).map(([y, h]) => ({ x: box.x, y: box.y + y, width: box.width, height: h }));
  return split(box.width, weights).map(([x, w]) => ({ x: box.x + x, y: box.y, width: w, height: box.height }));
}

/** A drawing of `width` × `height` made as large as fits in `box`, centred (nothing cut). */
export function containIn(width: number, height: number, box: Rect): Rect {
  if (!(width > 0 && height > 0)) return { ...box, width: 0, height: 0 };
  const k = Math.min(box.width / width, box.height / height);
  const w = width * k;
  const h = height * k;
  return { x: box.x + (box.width - w) / 2, y: box.y + (box.height - h) / 2, width: w, height: h };
}

/** The views a step shows, of those the briefing holds, in the step's order (all of them, in page order, when it does not say). */
export function chosenViews(step: { views?: readonly ViewKind[] }, present: readonly ViewKind[]): ViewKind[] {
  if (!step.views) return [...present];
  return step.views.filter((k) => present.includes(k));
}
