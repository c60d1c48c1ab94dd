/**
 * The views: the timeline and the map through peacekit/react's wrappers (typed props, `onPk…`
 * events), and the matrix as a plain element with the kit's JSX types (peacekit/react/jsx). React
 * owns the shared date: moving the timeline's cursor moves the map and the matrix.
 */
import { useState } from 'react';
import { MissionMap, PeacebuildingTimeline } from 'peacekit/react';
import { setMapFiles } from 'peacekit/map';
import 'peacekit/matrix';
import type {} from 'peacekit/react/jsx';

// The base maps: node_modules/peacekit/dist/maps/ copied to public/maps/ (npm run maps).
setMapFiles('/maps/');

export default function Views({ feed }: { feed: unknown }) {
  const [date, setDate] = useState('2002-06-30');
  const [selected, setSelected] = useState('nothing');
  return (
    <>
      <p id="state">
        Date: {date}. Selected: {selected}.
      </p>
      <PeacebuildingTimeline data={feed} mission="unamsil" date={date} onPkDateChange={(e) => setDate(e.detail.date)} />
      <MissionMap data={feed} mission="unamsil" date={date} onPkSelect={(e) => setSelected(e.detail.kind === 'site' ? e.detail.id : e.detail.kind)} />
      <pk-sector-matrix data={feed} mission="unamsil" date={date} onpk-select={(e) => setSelected(e.detail.kind)} />
    </>
  );
}
