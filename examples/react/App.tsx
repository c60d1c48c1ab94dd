/**
 * peacekit in a React 19 application. React 19 passes objects to custom elements as properties
 * (`data={feed}`) and listens to their events with `on` + the event's name (`onpk-date-change`).
 * The page loads peacekit's bundle (or the app imports 'peacekit'); React owns the shared state.
 */
import { useState } from 'react';
import type { PkDateChangeEvent, PkSelectEvent } from '../../src/index.js';
import './peacekit-jsx.js';

export function App({ feed }: { feed: unknown }) {
  const [date, setDate] = useState('2002-06-30');
  const [selected, setSelected] = useState('nothing');
  return (
    <main>
      <p id="state">
        Date: {date}. Selected: {selected}.
      </p>
      <pk-peacebuilding-timeline
        data={feed}
        mission="unamsil"
        date={date}
        onpk-date-change={(e: PkDateChangeEvent) => setDate(e.detail.date)}
      />
      <pk-mission-map
        data={feed}
        mission="unamsil"
        date={date}
        onpk-select={(e: PkSelectEvent) => setSelected(e.detail.kind === 'site' ? e.detail.id : e.detail.kind)}
      />
    </main>
  );
}
