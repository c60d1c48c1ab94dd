/**
 * What each part of the feed means, with an example: the descriptions of the published JSON Schema
 * (`peacekit.schema.json`) and of the field reference (docs/feed-reference.md), both written by
 * scripts/write-schema.mjs. Kept beside schema.ts, not in it, so that the text stays out of the
 * widgets' bundle: no runtime code imports this file. The script fails on a property of the schema
 * without an entry here, or on an entry the schema does not have.
 */
import {
  ACTOR_TYPES, EVENT_KINDS, FUNDING_CYCLES, FUNDING_SOURCES, ITEM_STATUSES, LEVELS, MISSION_TYPES, PHASE_KINDS,
  PRESENCE_KINDS, PRIORITY_AREAS, RELIABILITIES, SITE_TYPES, TRACK_GROUPS,
} from './vocabulary.js';

/** A property: what it means, and one value a feed could give it. */
export type FieldDoc = readonly [description: string, example: unknown];

export interface PartDoc {
  /** What the part is (an object of the feed, or a kind of value). */
  about: string;
  example: unknown;
  fields?: Record<string, FieldDoc>;
}

const known = (list: readonly (string | { id: string })[], otherwise: string) =>
  ` Known values: ${list.map((x) => `"${typeof x === 'string' ? x : x.id}"`).join(', ')}; others are allowed (a warning), ${otherwise}.`;
const sources: FieldDoc = ['Ids of entries of the feed\'s `sources` this rests on; each must be defined there.', ['res-1509']];
const start = (what: string): FieldDoc => [`First day of ${what} (the first day of the period a partial date names). Left out: since always.`, '2003-10'];
const end = (what: string): FieldDoc => [`Last day of ${what} (the last day of the period a partial date names: "2014" runs through 31 December 2014). Left out: ongoing. Must not be before \`start\`.`, '2018-03-30'];
const count = (who: string): FieldDoc => [`Number of ${who}, 0 to 10,000,000. Left out: carried over from the previous entry of the series (docs/feed.md).`, 850];
/** The personnel categories of a site's personnel entry and of a mission's strength entry. */
const figures = { troops: count('troops'), police: count('police'), observers: count('military observers'), civilians: count('civilian staff') };

export const FEED_DOCS: Record<string, PartDoc> = {
  Feed: {
    about: 'One peacekit feed: every widget reads the parts it needs from it.',
    example: { peacekit: 1, title: 'Liberia: from UNMIL to national ownership', missions: [{ id: 'unmil', acronym: 'UNMIL' }] },
    fields: {
      $schema: ['The JSON Schema this feed follows, for editors and validators (peacekit does not read it, and does not warn about it).', 'https://unpkg.com/peacekit/peacekit.schema.json'],
      peacekit: ['The format version. This build reads version 1; a newer version is refused with a message naming it.', 1],
      title: ['Title of the feed, shown by portals and the briefing.', 'Liberia: from UNMIL to national ownership'],
      notice: ['Where the feed\'s facts come from and under which terms (data licences, dataset citations, what is estimated): shown as is by portals, not drawn by the widgets.', 'Strength figures: UN Peacekeeping; sites: Geo-PKO v2.3 (estimates).'],
      asOf: ['The "today" of this feed: ranges without an `end` are drawn up to it. Left out: the viewer\'s today.', '2021-12-31'],
      lang: ['Language of the feed\'s plain-text labels (a BCP 47 tag).', 'en'],
      sources: ['Citable documents: resolutions, reports, datasets. Other parts cite them by id.', [{ id: 'res-1509', label: 'S/RES/1509 (2003)', url: 'https://undocs.org/S/RES/1509(2003)' }]],
      missions: ['The peace operations of the feed.', [{ id: 'unmil', acronym: 'UNMIL' }]],
      actors: ['Who holds responsibilities: national authorities, the mission, UN entities, partners.', [{ id: 'gol', label: 'Government of Liberia' }]],
      sectors: ['Sectors beyond, or relabelling, the built-in ones (same id: relabel).', [{ id: 'ssr', label: 'Security sector reform', area: 'safety-security' }]],
      roles: ['Roles beyond, or relabelling, the built-in ones (lead, articulate, enable, implement, support, fund, monitor).', [{ id: 'implement', label: 'Implement' }]],
      responsibilities: ['Who held which role in which sector, when: the cells of the sector matrix.', [{ sector: 'ssr', actor: 'unmil', role: 'implement', start: '2004' }]],
      tracks: ['Timeline lanes beyond the mission\'s own bars (peacebuilding, development, political processes).', [{ id: 'pbc', label: 'Peacebuilding Commission', items: [] }]],
      events: ['Dated events drawn on the timeline.', [{ date: '2005-10-11', label: 'General elections', kind: 'election' }]],
      funding: ['Funding streams: money required and received over time.', [{ id: 'pbf', label: 'Peacebuilding Fund', amounts: [{ start: '2008', value: 15000000 }] }]],
    },
  },
  LocalizedText: {
    about: 'Human-readable text: a non-empty string, or an object of language tags (2 or 3 letters, then subtags) to text. A widget takes its own language, then the primary language, then the feed\'s `lang`, then the first entry.',
    example: { en: 'Elections', fr: 'Élections' },
  },
  PartialDateText: {
    about: 'An ISO 8601 calendar date at year, month or day precision ("2003", "2003-10", "2003-10-01"), naming a real day of the Gregorian calendar (no "2003-02-30"; "2004-02-29" is a leap day).',
    example: '2003-10-01',
  },
  LonLat: {
    about: 'A point as `[longitude, latitude]` (GeoJSON order, WGS 84): longitude from -180 to 180, latitude from -90 to 90.',
    example: [-10.8047, 6.3106],
  },
  Source: {
    about: 'A citable document: a resolution, a report, a dataset.',
    example: { id: 'res-1509', label: 'S/RES/1509 (2003)', url: 'https://undocs.org/S/RES/1509(2003)' },
    fields: {
      id: ['Id that other parts cite in their `sources`; unique among sources.', 'res-1509'],
      label: ['How the source is cited.', 'S/RES/1509 (2003)'],
      url: ['Where to read it. Only http:, https: and mailto: addresses become links; anything else is shown as text (a warning).', 'https://undocs.org/S/RES/1509(2003)'],
      date: ['When the source was issued.', '2003-09-19'],
    },
  },
  SourceMap: {
    about: 'A UN deployment map a figure was read from (Geo-PKO\'s `source` and `month`).',
    example: { source: 'Map No. 4266 Rev.1', month: '2005-03' },
    fields: {
      source: ['The map\'s name or number.', 'Map No. 4266 Rev.1'],
      month: ['The month of the map.', '2005-03'],
    },
  },
  Personnel: {
    about: 'A site\'s personnel on a date. A category left out keeps its figure from the site\'s previous entry.',
    example: { date: '2010', troops: 850, police: 40, observers: 10 },
    fields: {
      date: ['From when the figures hold (until the next entry). Left out: at any date.', '2010'],
      ...figures,
      estimate: ['`true`: the figures are estimates (such as Geo-PKO\'s unit sizes), not headcounts; every view says so.', true],
      units: ['Units or troops by kind, each 0 to 10,000,000 (Geo-PKO: troops in infantry and reserve units; numbers of medical, aviation, police and observer units).', { infantry: 650, medical: 1 }],
      maps: ['The UN deployment maps the figures were read from.', [{ source: 'Map No. 4266 Rev.1', month: '2005-03' }]],
    },
  },
  Site: {
    about: 'A deployment location of a mission.',
    example: { id: 'gbarnga', name: 'Gbarnga', at: [-9.4722, 6.9956], type: 'sector-hq', start: '2004', end: '2014' },
    fields: {
      id: ['Id of the site, unique within its mission.', 'gbarnga'],
      name: ['Name of the place.', 'Gbarnga'],
      at: ['Where the site is, as [longitude, latitude]; more than 1,500 km from the mission\'s HQ while the swapped pair is near it is an error ("this looks like [latitude, longitude]").', [-9.4722, 6.9956]],
      type: [`What the site is; sets its symbol.${known(SITE_TYPES, 'drawn as a base')}`, 'sector-hq'],
      start: start('the site'),
      end: end('the site'),
      area: ['Id of a feature of the mission\'s `areas` the site lies in.', 'sector-b'],
      personnel: ['Personnel over time: a list of dated entries, or one entry.', [{ date: '2010', troops: 850 }]],
      units: ['Kinds of units present.', ['infantry', 'medical']],
      contributors: ['Countries contributing personnel, as ISO 3166-1 alpha-3 codes.', ['BGD', 'PAK']],
      estimate: ['`true`: the site\'s figures are estimates, not headcounts.', true],
      country: ['The country the site lies in (ISO 3166-1 alpha-3), where it differs or may differ from the mission\'s host countries (a liaison office abroad).', 'GIN'],
    },
  },
  Phase: {
    about: 'A phase of a mission, drawn on its bar in the timeline.',
    example: { kind: 'drawdown', label: 'Drawdown', start: '2012-09', end: '2016-06' },
    fields: {
      kind: [`What phase it is.${known(PHASE_KINDS, 'drawn as written')}`, 'drawdown'],
      label: ['Label of the phase; left out, the kind\'s name.', 'Drawdown'],
      start: ['First day of the phase (required).', '2012-09'],
      end: end('the phase'),
    },
  },
  MandateTask: {
    about: 'One peacebuilding task of a mandate in full: its sector, the kind of task, the resolution\'s own words and where they are.',
    example: { sector: 'ddr', kind: 'implement', paragraph: '8 (a)', source: 'res-1270' },
    fields: {
      sector: ['The sector the task belongs to (a sector id).', 'ddr'],
      kind: ['The kind of task: "articulate", "enable", "implement" or "monitor".', 'implement'],
      wording: ['The resolution\'s words for the task, as text or by language.', 'To assist the Government of Sierra Leone in the implementation of the disarmament, demobilization and reintegration plan'],
      source: ['Where the words are (a source id).', 'res-1270'],
      paragraph: ['The operative paragraph that gives the task.', '8 (a)'],
    },
  },
  Mandate: {
    about: 'A Security Council resolution that set or renewed the mandate. `tasks` is the whole list in force under it; without `tasks` the previous mandate\'s carry over.',
    example: { resolution: '1509', adopted: '2003-09-19', months: 12, tasks: ['ddr', 'ssr', 'elections'], flags: ['chapter-vii'], sources: ['res-1509'] },
    fields: {
      resolution: ['Number of the resolution.', '1509'],
      adopted: ['When it was adopted.', '2003-09-19'],
      until: ['Until when the mandate runs (its expiry).', '2004-09-19'],
      months: ['The period the resolution gives, in months (1 to 120).', 12],
      tasks: ['The peacebuilding tasks in force under this mandate: sector ids, or task objects with kind, wording and paragraph.', ['ddr', { sector: 'ssr', kind: 'enable' }]],
      amends: ['`true`: `tasks` lists only what this resolution adds or changes; the other tasks carry over.', true],
      flags: ['What else the resolution says: "chapter-vii", "protection-of-civilians", "drawdown", "final-extension" (others are shown as written).', ['chapter-vii']],
      sources,
    },
  },
  Strength: {
    about: 'A mission\'s strength on a date, deployed or authorized. A category left out keeps its figure from the previous entry of the same kind.',
    example: { date: '2007-03', troops: 14000, police: 1200, observers: 200, civilians: 1500, kind: 'deployed' },
    fields: {
      date: ['From when the figures hold (until the next entry of the same kind).', '2007-03'],
      ...figures,
      kind: ['"deployed" (on the ground) or "authorized" (the Security Council\'s ceiling). Left out: deployed.', 'authorized'],
      estimate: ['`true`: the figures are estimates (e.g. the sum of Geo-PKO\'s unit-size estimates), not a UN headcount.', true],
      sources,
    },
  },
  Presence: {
    about: 'A presence before or after the mission: a predecessor or a successor.',
    example: { label: 'UN Integrated Office in Sierra Leone (UNIOSIL)', kind: 'political-mission', start: '2006-01', end: '2008-09' },
    fields: {
      label: ['Name of the presence.', 'UN Integrated Office in Sierra Leone (UNIOSIL)'],
      kind: [`What it is.${known(PRESENCE_KINDS, 'drawn as "other"')}`, 'political-mission'],
      start: start('the presence'),
      end: end('the presence'),
    },
  },
  Headquarters: {
    about: 'Where a mission\'s headquarters is.',
    example: { name: 'Monrovia', at: [-10.8047, 6.3106] },
    fields: {
      name: ['Name of the place.', 'Monrovia'],
      at: ['Where it is, as [longitude, latitude].', [-10.8047, 6.3106]],
    },
  },
  Areas: {
    about: 'Areas of responsibility: a TopoJSON Topology or a GeoJSON FeatureCollection whose feature ids are the area ids sites name. Only its `type` is checked here; the geometry is read when drawn.',
    example: { type: 'FeatureCollection', features: [] },
    fields: {
      type: ['"Topology" (TopoJSON) or "FeatureCollection" (GeoJSON).', 'FeatureCollection'],
    },
  },
  Mission: {
    about: 'A peace operation: its footprint, mandates, strength and phases.',
    example: { id: 'unmil', acronym: 'UNMIL', name: 'United Nations Mission in Liberia', countries: ['LBR'], start: '2003-09-19', end: '2018-03-30' },
    fields: {
      id: ['Id of the mission, unique among missions; elements select it with `mission="…"`.', 'unmil'],
      acronym: ['The mission\'s acronym.', 'UNMIL'],
      name: ['Full name of the mission.', 'United Nations Mission in Liberia'],
      countries: ['Host countries, as ISO 3166-1 alpha-3 codes ("XKX" for Kosovo).', ['LBR']],
      type: [`What kind of operation.${known(MISSION_TYPES, 'drawn as a generic mission')}`, 'multidimensional'],
      start: start('the mission'),
      end: end('the mission'),
      hq: ['The mission\'s headquarters.', { name: 'Monrovia', at: [-10.8047, 6.3106] }],
      phases: ['Phases of the mission.', [{ kind: 'start-up', start: '2003-10', end: '2004-12' }]],
      mandates: ['Resolutions that set or renewed the mandate.', [{ resolution: '1509', adopted: '2003-09-19' }]],
      strength: ['Strength over time, deployed and authorized.', [{ date: '2007-03', troops: 14000, kind: 'deployed' }]],
      sites: ['Deployment locations.', [{ id: 'gbarnga', name: 'Gbarnga', at: [-9.4722, 6.9956] }]],
      areas: ['Areas of responsibility (TopoJSON or GeoJSON).', { type: 'FeatureCollection', features: [] }],
      predecessors: ['Presences before the mission.', [{ label: 'ECOMIL', kind: 'regional-force', start: '2003-08', end: '2003-10' }]],
      successors: ['Presences after the mission.', [{ label: 'UN country team', kind: 'country-team', start: '2018-03' }]],
      sources,
    },
  },
  Actor: {
    about: 'Who holds responsibilities: a national authority, the mission, a UN entity, a partner.',
    example: { id: 'gol', label: 'Government of Liberia', short: 'GoL', type: 'national-government' },
    fields: {
      id: ['Id of the actor, unique among actors; responsibilities and tracks name it.', 'gol'],
      label: ['Name of the actor.', 'Government of Liberia'],
      short: ['Short name, where space is tight.', 'GoL'],
      type: [`What kind of actor; sets its group in the matrix.${known(ACTOR_TYPES, 'grouped under "Other"')}`, 'national-government'],
    },
  },
  Sector: {
    about: 'A sector of the matrix; a feed\'s entry with a built-in id relabels it.',
    example: { id: 'ssr', label: 'Security sector reform', area: 'safety-security' },
    fields: {
      id: ['Id of the sector, unique among sectors; responsibilities name it.', 'ssr'],
      label: ['Name of the sector.', 'Security sector reform'],
      area: [`The priority area it belongs to.${known(PRIORITY_AREAS, 'grouped on its own')}`, 'safety-security'],
    },
  },
  Role: {
    about: 'A role an actor holds in a sector; a feed\'s entry with a built-in id relabels it.',
    example: { id: 'implement', label: 'Implement', description: 'Carries out the task directly', glyph: 'I', color: '#D55E00' },
    fields: {
      id: ['Id of the role, unique among roles; responsibilities name it.', 'implement'],
      label: ['Name of the role.', 'Implement'],
      description: ['What the role means.', 'Carries out the task directly'],
      glyph: ['One character (one UTF-16 unit) that names the role without colour.', 'I'],
      color: ['Colour of the role, as #rgb, #rgba, #rrggbb or #rrggbbaa.', '#D55E00'],
    },
  },
  Responsibility: {
    about: 'One entry of the sector matrix: an actor holds a role in a sector over a span.',
    example: { sector: 'ssr', actor: 'unmil', role: 'implement', start: '2004', end: '2016-06', level: 'national', sources: ['res-1509'] },
    fields: {
      sector: ['Id of a sector of the feed or a built-in one.', 'ssr'],
      actor: ['Id of an actor of the feed.', 'unmil'],
      role: ['Id of a role of the feed or a built-in one.', 'implement'],
      mission: ['Id of the mission this concerns; left out, every mission of the feed.', 'unmil'],
      start: start('the responsibility'),
      end: end('the responsibility'),
      transferredFrom: ['Id of the actor that handed this responsibility over on its `start` (a transfer), whatever the two roles.', 'unamsil'],
      level: [`At which level.${known(LEVELS, 'shown as written')}`, 'national'],
      note: ['A note shown with the entry.', 'Police reform support to LNP'],
      sources,
    },
  },
  TrackItem: {
    about: 'An item on a timeline lane: an engagement, a programme, a process.',
    example: { id: 'pbc-config', label: 'Liberia configuration', start: '2010-09', kind: 'engagement', status: 'ongoing' },
    fields: {
      id: ['Id of the item, unique across all tracks; `dependsOn` names it.', 'pbc-config'],
      label: ['Name of the item.', 'Liberia configuration'],
      start: start('the item'),
      end: end('the item'),
      kind: ['What kind of item (free text).', 'engagement'],
      status: [`Where it stands.${known(ITEM_STATUSES, 'shown as written')}`, 'ongoing'],
      dependsOn: ['Ids of track items (in any track) this one depends on.', ['pbc-eligibility']],
      note: ['A note shown with the item.', 'Statement of mutual commitments adopted'],
      sources,
    },
  },
  Track: {
    about: 'A timeline lane beyond the mission\'s own bars.',
    example: { id: 'pbc', label: 'Peacebuilding Commission', group: 'peacebuilding', actor: 'pbc', items: [] },
    fields: {
      id: ['Id of the track, unique among tracks.', 'pbc'],
      label: ['Name of the lane.', 'Peacebuilding Commission'],
      group: [`The group the lane is drawn in. Usual groups: ${TRACK_GROUPS.map((g) => `"${g}"`).join(', ')}; others are allowed.`, 'peacebuilding'],
      actor: ['Id of the actor behind the lane.', 'pbc'],
      mission: ['Id of the mission the lane concerns.', 'unmil'],
      items: ['The items of the lane (required; may be empty).', [{ id: 'pbc-config', label: 'Liberia configuration', start: '2010-09' }]],
    },
  },
  FeedEvent: {
    about: 'A dated event on the timeline.',
    example: { date: '2005-10-11', label: 'General elections', kind: 'election', mission: 'unmil' },
    fields: {
      id: ['Id of the event, unique among events (for links to it).', 'elections-2005'],
      date: ['When it happened.', '2005-10-11'],
      label: ['What happened.', 'General elections'],
      kind: [`What kind of event.${known(EVENT_KINDS, 'drawn as "other"')}`, 'election'],
      mission: ['Id of the mission it concerns.', 'unmil'],
      sources,
    },
  },
  Amount: {
    about: 'Money over a span: what came (`value`), what was asked for (`required`), or both; not neither.',
    example: { start: '2002-07-01', end: '2003-06-30', required: 633269200, value: 622469200, currency: 'USD' },
    fields: {
      start: start('the span'),
      end: end('the span'),
      value: ['What came: received, or for an assessed budget what was apportioned among Member States. Not negative.', 622469200],
      required: ['What was asked for: a budget proposal, an appeal, a plan\'s costed needs. Not negative.', 633269200],
      currency: ['ISO 4217 currency code.', 'USD'],
    },
  },
  FundingStream: {
    about: 'A funding stream: amounts over time from one source.',
    example: { id: 'pbf', label: 'Peacebuilding Fund', source: 'pbf', reliability: 'committed', cycle: 'project', amounts: [{ start: '2008', end: '2010', value: 15000000, currency: 'USD' }] },
    fields: {
      id: ['Id of the stream, unique among funding streams.', 'pbf'],
      label: ['Name of the stream.', 'Peacebuilding Fund'],
      source: [`Where the money comes from.${known(FUNDING_SOURCES, 'shown as "other"')}`, 'pbf'],
      reliability: [`How firm the money is, firmest first.${known(RELIABILITIES, 'drawn as "projected", the least firm')}`, 'committed'],
      cycle: [`The budget cycle.${known(FUNDING_CYCLES, 'shown as written')}`, 'project'],
      mission: ['Id of the mission the stream concerns.', 'unmil'],
      amounts: ['The amounts (required; may be empty).', [{ start: '2008', end: '2010', value: 15000000, currency: 'USD' }]],
      note: ['What the figures are (which proposal, which apportionment), shown with the amounts.', 'Approved budget (A/C.5/57/37)'],
      sources,
    },
  },
};
