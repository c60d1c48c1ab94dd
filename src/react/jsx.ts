/**
 * `peacekit/react/jsx`: JSX types for the plain elements in React 19, for apps that write
 * `<pk-mission-map data={feed} onpk-select={…}>` rather than use the wrappers of `peacekit/react`.
 * Bring them in once: `import type {} from 'peacekit/react/jsx';` (or `"types": ["peacekit/react/jsx"]`).
 *
 * The props are derived from the element classes (every writable public property, as React 19 sets
 * them as properties), so they follow the elements. React 19 sets a prop as a property only if the
 * element is already defined when it first renders: load the kit before that render, or use the
 * wrappers, which work whatever the order (docs/frameworks.md).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type { PkBriefing } from '../briefing/briefing.js';
import type { PkDossier } from '../dossier/dossier.js';
import type { PkMissionMap } from '../map/mission-map.js';
import type { PkSectorMatrix } from '../matrix/sector-matrix.js';
import type { PkPeacebuildingTimeline } from '../timeline/peacebuilding-timeline.js';
import type { PkDateChangeEvent, PkExportErrorEvent, PkFeedErrorEvent, PkFeedLoadEvent, PkRetryEvent, PkSelectEvent, PkStepChangeEvent } from '../shared/events.js';

type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;
type WritableKeys<T> = { [P in keyof T]-?: IfEquals<{ [Q in P]: T[P] }, { -readonly [Q in P]: T[P] }, P, never> }[keyof T];
/** The element's own public properties that can be written (not Lit's, not methods, not getters). */
type OwnProps<E> = {
  [K in Exclude<WritableKeys<E>, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};
interface PkEventProps {
  'onpk-feed-load'?: (e: PkFeedLoadEvent) => void;
  'onpk-feed-error'?: (e: PkFeedErrorEvent) => void;
  'onpk-select'?: (e: PkSelectEvent) => void;
  'onpk-date-change'?: (e: PkDateChangeEvent) => void;
  'onpk-step-change'?: (e: PkStepChangeEvent) => void;
  'onpk-export-error'?: (e: PkExportErrorEvent) => void;
  'onpk-retry'?: (e: PkRetryEvent) => void;
}
/** JSX props of a peacekit element: React's HTML attributes, the element's properties, its events. */
export type PeacekitJSXProps<E> = DetailedHTMLProps<HTMLAttributes<E>, E> & OwnProps<E> & PkEventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'pk-mission-map': PeacekitJSXProps<PkMissionMap>;
      'pk-sector-matrix': PeacekitJSXProps<PkSectorMatrix>;
      'pk-peacebuilding-timeline': PeacekitJSXProps<PkPeacebuildingTimeline>;
      'pk-dossier': PeacekitJSXProps<PkDossier>;
      'pk-briefing': PeacekitJSXProps<PkBriefing>;
    }
  }
}
