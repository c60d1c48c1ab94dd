/**
 * English: the source language of the kit's own strings. Feed text is never translated.
 *
 * A translation (fr.ts, es.ts, ...) has the same shape; any key it leaves out falls back to English,
 * and `npm test` lists the keys each language is missing. The labels of the seed paper's
 * vocabularies (sectors, roles, ...) come from `src/model/vocabulary.ts`, by id.
 */
import { listFormat } from '../../model/intl.js';
import type { BriefingMessages } from './en-briefing.js';
import type { MandateMessages } from './en-mandates.js';
import {
  ACTOR_TYPES, DEFAULT_ROLES, DEFAULT_SECTORS, MISSION_TYPES, PRIORITY_AREAS, SITE_TYPES,
} from '../../model/vocabulary.js';

const labels = (list: readonly { id: string; label: string }[]): Record<string, string> =>
  Object.fromEntries(list.map((x) => [x.id, x.label]));

export const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',

  loading: 'Loading the feed…',
  noFeed: 'No feed yet: set src, data, or an inline JSON script.',
  loadFailed: 'The feed could not be loaded.',
  feedInvalid: 'This feed cannot be shown.',
  wholeFeed: 'feed',
  retry: 'Try again',
  moreProblems: (n: number) => `…and ${n} more problem${n === 1 ? '' : 's'}.`,
  // Bytes of a large feed read so far, in megabytes (`total` is 0 when the server did not say).
  loadingProgress: (read: string, total: string) => total ? `${read} of ${total} MB` : `${read} MB`,
  // Why a feed (or a briefing) could not be fetched: shown with "Try again".
  fetch: {
    status: (url: string, status: string) => `The server answered ${status} for ${url}.`,
    timeout: (url: string, seconds: number) => `${url} did not answer within ${seconds} s.`,
    unreachable: (url: string, why: string) => `${url} could not be reached (${why}).`,
    tooBig: (url: string, mb: number) => `${url} is larger than ${mb} MB; a feed should be far smaller.`,
    webPage: (url: string) => `The server answered a web page instead of the feed — perhaps a sign-in page; sign in to that site in this browser, then try again (${url}).`,
    notJSON: (url: string, why: string) => `${url} is not JSON: ${why}`,
  },
  // The iframe embed page (dist/embed.html) without a feed address.
  embedNoSource: 'This embed shows a feed given by its address: add src=https://… (the feed’s http or https address) to the embed’s URL.',
  ongoing: 'ongoing',

  // Every element: a feed drawn in part, an export that fails, a language whose strings did not load.
  problems: {
    summary: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'} of the feed could not be shown`,
    intro: 'The rest is shown. What is wrong, by its place in the feed:',
    strict: 'This element is strict: it shows a feed only when the feed has no errors.',
  },
  exportBlocked: (format: string) => `The ${format} could not be made: this page’s security policy (Content-Security-Policy) blocks the images it is drawn through (blob: and data: URLs).`,
  exportFailed: (format: string, reason: string) => `The ${format} could not be made: ${reason}`,
  dismiss: 'Dismiss',
  languageFailed: (language: string) => `The ${language} strings could not be loaded; this is shown in English.`,

  // <pk-mission-map>
  map: {
    disclaimer: 'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.',
    noMission: (id: string) => `This feed has no mission “${id}”.`,
    noMissions: 'This feed has no missions to place on a map.',
    noSites: (acronym: string) => `This feed has no sites for ${acronym}.`,
    noSitesOn: (acronym: string, date: string) => `${acronym} had no sites in force as of ${date}.`,
    noMissionsOn: (date: string) => `No mission in this feed was in force as of ${date}.`,
    worldLabel: (n: number, date: string) => `World map of ${n} mission${n === 1 ? '' : 's'} in force as of ${date}.`,
    missionLabel: (acronym: string, n: number, date: string) => `Map of ${acronym}: ${n} site${n === 1 ? '' : 's'} in force as of ${date}.`,
    keysHelp: 'Arrow keys move between marks, Enter selects or opens a group, + and − zoom, Shift and arrows pan, 0 resets.',
    caption: (acronym: string, date: string) => `${acronym}: deployment as of ${date}`,
    lifeCaption: (acronym: string, range: string, n: number) => `${acronym} ${range}: ${n} site${n === 1 ? '' : 's'} over the mission’s life`,
    lifeLabel: (acronym: string, n: number, range: string) => `Map of ${acronym}: ${n} site${n === 1 ? '' : 's'} over the mission’s life, ${range}.`,
    peakPersonnel: 'Most personnel',
    legendClosedEarly: 'Closed before the mission ended',
    legendOldFigure: 'Strength figure over a year older than the map’s date',
    oldFigure: (years: number) => `${years} year${years === 1 ? '' : 's'} before the map’s date`,
    worldCaption: (date: string) => `Peace operations in force as of ${date}`,
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Reset view',
    wheelHint: 'Hold Ctrl (⌘ on a Mac) and scroll to zoom the map, or click it first.',
    showTable: 'Show as table',
    hideTable: 'Hide table',
    cluster: (n: number) => `${n} sites here. Enter or click to zoom in.`,
    clusterName: (n: number) => `Group of ${n} sites`,
    personnel: 'Personnel',
    personnelUnknown: 'personnel not given',
    estimate: 'estimate',
    asOf: (date: string) => `as of ${date}`,
    troops: 'troops',
    police: 'police',
    observers: 'observers',
    civilians: 'civilians',
    open: 'Open',
    units: 'Units',
    contributors: 'Contributing countries',
    countries: 'Host countries',
    strength: 'Strength',
    strengthUnknown: 'strength not given',
    type: 'Type',
    site: 'Site',
    mission: 'Mission',
    dates: 'Dates',
    legendTypes: 'Site types',
    legendMissionTypes: 'Mission types',
    missionTypeUnknown: 'Type not given',
    legendSizes: 'Personnel',
    legendStrength: 'Strength',
    unknownType: 'Other',
    tableCaption: (what: string, date: string) => `${what}, ${date}`,
    unknownCountry: (acronym: string, code: string) => `${acronym}: country code ${code} is not on the base map; the country is not tinted.`,
    badCoordinates: (name: string, at: string) => `${name} at ${at} is not on the globe and is not drawn.`,
    badAreas: (acronym: string) => `${acronym}: the areas of responsibility could not be read and are not drawn.`,
    basemapFailed: (url: string) => `The base map ${url} could not be loaded; the built-in base map is shown.`,
    detailFailed: (why: string) => `The map's detail could not be loaded; the simplified map is shown. ${why}`,
    loadingMap: 'Loading the map…',
    mapCredit: 'Map data: Natural Earth; towns: GeoNames (CC BY 4.0).',
    kilometres: (n: string) => `${n} km`,
    /** After a strength's date when the figure is the authorized one, not the deployed one. */
    authorizedNote: ', authorized',
    /** A strength line's name in the tooltip and table: authorized ceiling or deployed strength. */
    strengthKind: (kind: string) => `${kind === 'authorized' ? 'Authorized' : 'Deployed'} strength`,
    siteTypes: labels(SITE_TYPES),
    missionTypes: labels(MISSION_TYPES),
  },

  // <pk-sector-matrix>
  matrix: {
    caption: (date: string) => `Roles held in each peacebuilding sector, by actor, on ${date}`,
    captionCompare: (before: string, after: string) => `Roles held in each peacebuilding sector, by actor: changes between ${before} and ${after}`,
    sectorHeader: 'Sector',
    sortLabel: 'Sort rows',
    sortArea: 'By priority area',
    sortRoles: 'By number of roles',
    sortAlpha: 'A to Z',
    actorsLabel: 'Actors',
    rolesLabel: 'Roles',
    changesLabel: 'Changes',
    levelsLabel: 'Level',
    showAll: 'Show all',
    exportSvg: 'SVG',
    exportPng: 'PNG',
    exportLabel: 'Download',
    noRole: 'no role',
    cellLabel: (sector: string, actor: string, roles: string) => `${sector}, ${actor}: ${roles}`,
    marks: {
      held: '',
      continued: '',
      begun: 'begins',
      ended: 'ends',
      'moved-out': 'passes on',
      'moved-in': 'taken over',
      'transferred-out': 'transferred',
      'transferred-in': 'taken over by transfer',
    } as Record<string, string>,
    markLegend: {
      begun: 'begins',
      ended: 'ends',
      'moved-out': 'passes to another actor',
      'moved-in': 'taken over from another actor',
      'transferred-out': 'transferred to another actor (as the feed states)',
      'transferred-in': 'taken over by transfer',
    } as Record<string, string>,
    movedTo: (actor: string) => `passes to ${actor}`,
    movedFrom: (actor: string) => `taken over from ${actor}`,
    transferredTo: (actors: string) => `transferred to ${actors}`,
    transferredFrom: (actor: string) => `taken over from ${actor} by transfer`,
    /** Names joined as a list ("SLP and RSLAF"). */
    list: (names: string[]) => listFormat('en', { type: 'conjunction' }).format(names),
    levelShort: {
      political: 'pol.',
      operational: 'op.',
      technical: 'tech.',
      national: 'nat.',
      'sub-national': 'sub-nat.',
      local: 'local',
    } as Record<string, string>,
    summaryAt: (n: number, actors: number, sectors: number, date: string) =>
      `${n} responsibilit${n === 1 ? 'y' : 'ies'} held by ${actors} actor${actors === 1 ? '' : 's'} in ${sectors} sector${sectors === 1 ? '' : 's'} on ${date}.`,
    summaryBetween: (before: string, after: string) => `From ${before} to ${after}: `,
    /** The handover summary's parts (moves, ends, begins) as one sentence's end. */
    summaryParts: (parts: string[]) => `${parts.join('; ')}.`,
    transfers: (n: number, from: string, to: string) =>
      `${n} responsibilit${n === 1 ? 'y' : 'ies'} transferred from ${from} to ${to}`,
    moves: (n: number, from: string, to: string) =>
      `${n} responsibilit${n === 1 ? 'y passes' : 'ies pass'} from ${from} to ${to}`,
    ends: (n: number) => `${n} end${n === 1 ? 's' : ''}`,
    begins: (n: number) => `${n} begin${n === 1 ? 's' : ''}`,
    noChange: 'no responsibility changes',
    nationalActors: 'national actors',
    otherActors: 'several actors',
    empty: (mission: string | undefined, date: string) =>
      `This feed has no responsibilities${mission ? ` for ${mission}` : ''} at ${date}.`,
    emptyFeed: 'This feed has no responsibilities.',
    noMatch: 'No responsibilities match these filters.',
    areaToggle: (area: string, n: number) => `${area} (${n} sector${n === 1 ? '' : 's'})`,
    detailsHint: 'Focus or hover a cell to see its roles, notes and sources.',
    detailsEmpty: (sector: string, actor: string) => `${actor} holds no role in ${sector} on this date.`,
    sources: 'Sources',
    level: 'level',
    atLevel: (level: string) => `at ${level} level`,
    unmarkedLevel: (level: string) => `unmarked: ${level}`,
    areas: labels(PRIORITY_AREAS),
    sectors: labels(DEFAULT_SECTORS),
    roles: labels(DEFAULT_ROLES),
    roleDescriptions: Object.fromEntries(DEFAULT_ROLES.map((r) => [r.id, r.description])) as Record<string, string>,
    actorTypes: labels(ACTOR_TYPES),
    levels: {
      political: 'political',
      operational: 'operational',
      technical: 'technical',
      national: 'national',
      'sub-national': 'sub-national',
      local: 'local',
    } as Record<string, string>,
  },

  // <pk-peacebuilding-timeline>
  timeline: {
    chart: (mission: string) => `Peacebuilding timeline of ${mission}: before, during and after the mission`,
    continuing: (mission: string, items: number, tracks: number) =>
      `${items} ${items === 1 ? 'item' : 'items'} in ${tracks} ${tracks === 1 ? 'track' : 'tracks'} continue after ${mission}'s departure`,
    deployed: (mission: string) => `${mission} is still deployed`,
    afterDeparture: 'after departure',
    departs: (mission: string) => `${mission} leaves`,
    asOf: (date: string) => `as of ${date}`,
    ongoing: 'ongoing',
    ongoingSince: (date: string) => `since ${date}, ongoing`,
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    showAll: 'Show all',
    date: 'Date',
    cursor: 'Date cursor',
    keys: 'Arrow keys move between items, + and − zoom, Enter selects. On the date cursor: arrows move by a month, Shift+arrows by a year.',
    groups: {
      mission: 'Mission',
      political: 'Political',
      peacebuilding: 'Peacebuilding',
      development: 'Development',
      humanitarian: 'Humanitarian',
      funding: 'Funding',
    } as Record<string, string>,
    groupSummary: (lanes: number, items: number) => `${lanes} ${lanes === 1 ? 'lane' : 'lanes'}, ${items} ${items === 1 ? 'item' : 'items'}`,
    expand: (group: string) => `Show ${group}`,
    collapse: (group: string) => `Hide ${group}`,
    events: 'Events',
    list: (n: number) => `All ${n} items and events, as a table`,
    columns: { lane: 'Lane', item: 'Item', from: 'From', to: 'To', status: 'Status', amount: 'Amount' },
    reliability: 'Reliability',
    reliabilities: { assured: 'assured', committed: 'committed', pledged: 'pledged', projected: 'projected' } as Record<string, string>,
    fundingGap: (received: string, required: string, share: string) => `${received} received of ${required} required (${share})`,
    fundingRequired: (required: string) => `${required} required; what came is not stated`,
    fundingLegend: 'Funding: required (outline) and received (solid bar)',
    strength: (kind: string) => `${kind === 'authorized' ? 'Authorized' : 'Deployed'} strength`,
    strengthAt: (total: string, kind: string) => `${total} ${kind === 'authorized' ? 'authorized' : 'deployed'}`,
    /** The label of the strength band's row. */
    strengthRow: 'Strength',
    /** After a figure that is an estimate (Geo-PKO's unit sizes), not a headcount. */
    estimate: 'estimate',
    resolution: (n: string) => `Resolution ${n}`,
    handover: 'handover',
    mandates: 'Mandates',
    phases: 'Phases',
    legend: {
      mission: 'Mission and its phases',
      presence: 'Predecessor and successors',
      after: 'After departure',
      ongoing: 'Ongoing',
      funding: 'Funding',
    },
    phaseKinds: {
      'start-up': 'Start-up',
      consolidation: 'Consolidation',
      drawdown: 'Drawdown',
      withdrawal: 'Withdrawal',
      liquidation: 'Liquidation',
    } as Record<string, string>,
    presenceKinds: {
      peacekeeping: 'peacekeeping operation',
      'political-mission': 'political mission',
      'peacebuilding-office': 'peacebuilding office',
      'country-team': 'UN country team',
      'regional-force': 'regional force',
      other: 'other presence',
    } as Record<string, string>,
    itemStatuses: { planned: 'planned', ongoing: 'ongoing', completed: 'completed', cancelled: 'cancelled' } as Record<string, string>,
    eventKinds: {
      agreement: 'agreement',
      election: 'election',
      resolution: 'resolution',
      milestone: 'milestone',
      crisis: 'crisis',
      departure: 'departure',
      other: 'event',
    } as Record<string, string>,
    noMissions: 'This feed has no missions to draw a timeline of.',
    noMission: (id: string) => `This feed has no mission "${id}".`,
  },

};

/**
 * The `mandates` and `briefing` sections come with `<pk-mandate-trends>` and `<pk-briefing>`
 * (en-mandates.ts, en-briefing.ts), which register them: elements the script-tag bundle loads on demand.
 */
export type Messages = typeof en & { mandates: MandateMessages; briefing: BriefingMessages };
