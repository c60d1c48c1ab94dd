/**
 * Moving between marks by keyboard, lane by lane as on screen (`navigationLanes` in layout.ts):
 * left and right along a lane, Home and End to its ends, up and down to the mark of the next lane
 * nearest in time (moving down keeps your place on the axis). Pure, like matrix/navigation.ts.
 */
import type { TimelineMark } from './lanes.js';

/** The mark a key moves to from `mark`; undefined where it leads nowhere, null for a key that does not move. */
export function nextInLanes(lanes: readonly (readonly TimelineMark[])[], mark: TimelineMark, key: string): TimelineMark | undefined | null {
  const laneIndex = lanes.findIndex((l) => l.includes(mark));
  const lane = lanes[laneIndex];
  if (!lane) return null;
  const i = lane.indexOf(mark);
  if (key === 'ArrowRight') return lane[i + 1];
  if (key === 'ArrowLeft') return lane[i - 1];
  if (key === 'Home') return lane[0];
  if (key === 'End') return lane[lane.length - 1];
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const other = lanes[laneIndex + (key === 'ArrowDown' ? 1 : -1)];
    return other?.reduce((best, m) => (Math.abs(m.start - mark.start) < Math.abs(best.start - mark.start) ? m : best), other[0]);
  }
  return null;
}
