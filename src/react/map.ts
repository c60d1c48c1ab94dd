/** `peacekit/react/map`: `<MissionMap>`, the map as a React component (`@lit/react`; see timeline.ts). */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { PkMissionMap } from '../map/mission-map.js';
import { feedEvents, onPkSelect } from './events.js';

export const MissionMap = createComponent({
  react: React,
  tagName: 'pk-mission-map',
  elementClass: PkMissionMap,
  events: { ...feedEvents, onPkSelect },
  displayName: 'MissionMap',
});
