/**
 * The presenter's keys, as the briefing hears them on the document: PageDown/PageUp (what clickers
 * send), arrows, Space, Enter, Backspace, Home and End move between steps; F toggles full screen. A key
 * meant for something else is left alone: typing in a field, arrows on a focused view (the map's sites,
 * the timeline's cursor), Space and Enter on a control.
 */
import { stepAfterKey } from './steps.js';

export type KeyAction = { kind: 'step'; step: number } | { kind: 'fullscreen' } | null;

const VIEW = /^pk-(mission-map|sector-matrix|peacebuilding-timeline|mandate-trends)$/;
const CONTROL = /^(button|a|summary)$/;
const FIELD = /^(input|textarea|select)$/;

/** What `event` asks of a briefing showing step `step` of `count`; null when the key is not the briefing's. */
export function keyAction(event: KeyboardEvent, step: number, count: number): KeyAction {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
  const path = event.composedPath().filter((n): n is HTMLElement => n instanceof HTMLElement);
  if (path.some((n) => n.isContentEditable || FIELD.test(n.localName))) return null;
  if (event.key.startsWith('Arrow') && path.some((n) => VIEW.test(n.localName))) return null;
  if (event.key === 'f' || event.key === 'F') return { kind: 'fullscreen' };
  const next = stepAfterKey(event.key, step, count);
  if (next === null) return null;
  // Space and Enter on a control (a button, a link, the problems notice's summary) are that control's.
  if ((event.key === ' ' || event.key === 'Enter') && path.some((n) => CONTROL.test(n.localName))) return null;
  return { kind: 'step', step: next };
}
