/**
 * What a `<pk-dossier>` shares with the peacekit elements inside it, however deep: one loaded feed,
 * the shared mission and date, and the current selection. Carried by @lit/context, so elements in
 * other components' shadow roots receive it too.
 */
import { createContext } from '@lit/context';
import type { Feed, Problem } from '../model/index.js';
import type { SelectDetail } from './events.js';
import type { FeedStatus, SayNetworkError } from './feed-controller.js';

export interface DossierState {
  status: FeedStatus;
  feed: Feed | null;
  problems: Problem[];
  networkError: string | null;
  networkSay?: SayNetworkError | null;
  progress?: [number, number] | null;
  /** The dossier is `strict` and its feed had errors: the views show its error state. */
  refusedAsStrict?: boolean;
  mission?: string;
  date?: string;
  selection?: SelectDetail;
}

export const dossierContext = createContext<DossierState>(Symbol.for('peacekit.dossier'));
