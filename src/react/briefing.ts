/** `peacekit/react/briefing`: `<Briefing>`, the presenter's briefing as a React component (`@lit/react`; see timeline.ts). */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { PkBriefing } from '../briefing/briefing.js';
import { onPkExportError, onPkStepChange } from './events.js';

export const Briefing = createComponent({
  react: React,
  tagName: 'pk-briefing',
  elementClass: PkBriefing,
  events: { onPkStepChange, onPkExportError },
  displayName: 'Briefing',
});
