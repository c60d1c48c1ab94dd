/**
 * `peacekit/react/dossier`: `<Dossier>`, the element that links the views inside it, as a React
 * component (`@lit/react`; see timeline.ts). Its children are the other wrappers or plain elements.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { PkDossier } from '../dossier/dossier.js';
import { feedEvents, onPkSelect } from './events.js';

export const Dossier = createComponent({
  react: React,
  tagName: 'pk-dossier',
  elementClass: PkDossier,
  events: { ...feedEvents, onPkSelect },
  displayName: 'Dossier',
});
