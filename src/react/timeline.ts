/**
 * `peacekit/react/timeline`: `<PeacebuildingTimeline>`, the timeline as a React component (`@lit/react`).
 * Props are set as properties (`data={feed}` stays an object whatever the load order) and events are
 * `onPk…` props with typed events.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { PkPeacebuildingTimeline } from '../timeline/peacebuilding-timeline.js';
import { feedEvents, onPkDateChange, onPkSelect } from './events.js';

export const PeacebuildingTimeline = createComponent({
  react: React,
  tagName: 'pk-peacebuilding-timeline',
  elementClass: PkPeacebuildingTimeline,
  events: { ...feedEvents, onPkSelect, onPkDateChange },
  displayName: 'PeacebuildingTimeline',
});
