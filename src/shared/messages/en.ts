/** English: the source language of the kit's own strings. Feed text is never translated. */
export const en = {
  loading: 'Loading the feed…',
  noFeed: 'No feed yet: set src, data, or an inline JSON script.',
  loadFailed: 'The feed could not be loaded.',
  feedInvalid: 'This feed cannot be shown.',
  wholeFeed: 'feed',
  retry: 'Try again',
  moreProblems: (n: number) => `…and ${n} more problem${n === 1 ? '' : 's'}.`,
  ongoing: 'ongoing',

  // <pk-mission-map>
  map: {
    placeholder: '',
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
    } as Record<string, string>,
    markLegend: {
      begun: 'begins',
      ended: 'ends',
      'moved-out': 'passes to another actor',
      'moved-in': 'taken over from another actor',
    } as Record<string, string>,
    movedTo: (actor: string) => `passes to ${actor}`,
    movedFrom: (actor: string) => `taken over from ${actor}`,
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
  },

  // <pk-peacebuilding-timeline>
  timeline: {
    placeholder: '',
  },
};

export type Messages = typeof en;
