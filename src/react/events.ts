/**
 * The kit's events as React props for the wrappers (`@lit/react`'s `events` option): `onPkDateChange`
 * listens to `pk-date-change`, and its handler's event is typed (`e.detail.date` is a string).
 */
import type { EventName } from '@lit/react';
import type { PkDateChangeEvent, PkExportErrorEvent, PkFeedErrorEvent, PkFeedLoadEvent, PkRetryEvent, PkSelectEvent, PkStepChangeEvent } from '../shared/events.js';

/** Every element that reads a feed fires these. */
export const feedEvents = {
  onPkFeedLoad: 'pk-feed-load' as EventName<PkFeedLoadEvent>,
  onPkFeedError: 'pk-feed-error' as EventName<PkFeedErrorEvent>,
  onPkExportError: 'pk-export-error' as EventName<PkExportErrorEvent>,
  onPkRetry: 'pk-retry' as EventName<PkRetryEvent>,
};
export const onPkSelect = 'pk-select' as EventName<PkSelectEvent>;
export const onPkDateChange = 'pk-date-change' as EventName<PkDateChangeEvent>;
export const onPkStepChange = 'pk-step-change' as EventName<PkStepChangeEvent>;
export const onPkExportError = feedEvents.onPkExportError;
