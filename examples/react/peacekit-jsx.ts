/** JSX types for peacekit's elements in React 19: properties, attributes and `on<event>` handlers. */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PkDateChangeEvent, PkExportErrorEvent, PkFeedErrorEvent, PkFeedLoadEvent, PkSelectEvent } from '../../src/index.js';

interface PeacekitProps extends DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> {
  src?: string;
  data?: unknown;
  mission?: string;
  date?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Any error in the feed makes it the error state rather than a partial drawing. */
  strict?: boolean;
  'onpk-feed-load'?: (e: PkFeedLoadEvent) => void;
  'onpk-feed-error'?: (e: PkFeedErrorEvent) => void;
  'onpk-select'?: (e: PkSelectEvent) => void;
  'onpk-date-change'?: (e: PkDateChangeEvent) => void;
  'onpk-export-error'?: (e: PkExportErrorEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'pk-mission-map': PeacekitProps & { basemap?: string; disclaimer?: string; 'no-disclaimer'?: boolean };
      'pk-sector-matrix': PeacekitProps & { compare?: string };
      'pk-peacebuilding-timeline': PeacekitProps;
      'pk-dossier': PeacekitProps;
    }
  }
}
