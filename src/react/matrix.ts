/** `peacekit/react/matrix`: `<SectorMatrix>`, the matrix as a React component (`@lit/react`; see timeline.ts). */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { PkSectorMatrix } from '../matrix/sector-matrix.js';
import { feedEvents, onPkSelect } from './events.js';

export const SectorMatrix = createComponent({
  react: React,
  tagName: 'pk-sector-matrix',
  elementClass: PkSectorMatrix,
  events: { ...feedEvents, onPkSelect },
  displayName: 'SectorMatrix',
});
