/**
 * English strings of `<pk-mandate-trends>`: the `mandates` section of the English catalogue. They live
 * apart from en.ts so that they come with the element's own code (which the script-tag bundle fetches
 * when the tag first appears), not in the first load; the element registers them with `addTranslation`.
 * The other languages have them in their catalogues (fr.ts, ...) under `mandates`, like any section.
 * The names of sectors, priority areas and kinds of task are the matrix's (`matrix.sectors`, ...).
 */
const s = (n: number) => (n === 1 ? '' : 's');

export const enMandates = {
  caption: (mission: string) => `Peacebuilding tasks of ${mission}’s mandates, resolution by resolution`,
  captionMissions: (date: string) => `Peacebuilding tasks of each mission’s mandate in force on ${date}, by priority area`,
  taskHeader: 'Task',
  missionHeader: 'Mission',
  resolution: (n: string) => `Resolution ${n}`,
  months: (n: number) => `${n} month${s(n)}`,
  until: (date: string) => `until ${date}`,
  carriedOver: 'tasks carried over',
  states: {
    first: 'in the first mandate',
    continued: 'continued',
    added: 'added',
    changed: 'changed',
    dropped: 'dropped',
    none: 'not in this mandate',
  } as Record<string, string>,
  statesLabel: 'Against the previous mandate',
  kindsLabel: 'Kind of task',
  flagsLabel: 'Flags',
  flags: {
    'chapter-vii': 'Chapter VII',
    'protection-of-civilians': 'Protection of civilians',
    drawdown: 'Drawdown',
    'final-extension': 'Final extension',
  } as Record<string, string>,
  flagShort: {
    'chapter-vii': 'VII',
    'protection-of-civilians': 'PoC',
    drawdown: 'Dr',
    'final-extension': 'Fin',
  } as Record<string, string>,
  wordingChanged: 'wording changed',
  kindChanged: (before: string, after: string) => `from ${before} to ${after}`,
  cellLabel: (task: string, resolution: string, state: string) => `${task}, resolution ${resolution}: ${state}`,
  columnLabel: (resolution: string, date: string, tasks: number) => `Resolution ${resolution}, ${date}: ${tasks} task${s(tasks)}`,
  summary: (first: string, last: string, added: number, dropped: number, changed: number) =>
    `From resolution ${first} to ${last}: ${added} task${s(added)} added, ${dropped} dropped, ${changed} changed`,
  peak: (area: string, year: number) => `; most tasks in ${area} in ${year}`,
  summaryOne: (resolution: string, tasks: number) => `Resolution ${resolution}: ${tasks} peacebuilding task${s(tasks)}`,
  missionsSummary: (n: number, date: string) => `${n} mission${s(n)} with a mandate in force on ${date}`,
  areaCell: (mission: string, area: string, tasks: number) => `${mission}, ${area}: ${tasks} task${s(tasks)}`,
  addedN: (n: number) => `${n} added`,
  droppedN: (n: number) => `${n} dropped`,
  detailsHint: 'Focus or hover a cell to see the task’s wording and source.',
  paragraph: (p: string) => `operative paragraph ${p}`,
  chosen: (resolution: string, date: string) => `Resolution ${resolution} chosen: the date is now ${date}.`,
  keys: 'Arrow keys move between cells. Enter on a resolution moves the date to its adoption; Enter on a task selects it.',
  table: (n: number) => `All ${n} task${s(n)}, resolution by resolution, as a table`,
  tableMissions: (n: number) => `All ${n} task${s(n)}, mission by mission, as a table`,
  columns: { resolution: 'Resolution', adopted: 'Adopted', area: 'Priority area', task: 'Task', state: 'Against the previous mandate', kind: 'Kind', wording: 'Wording', paragraph: 'Operative paragraph' },
  noMandates: (mission: string) => `This feed gives no mandates for ${mission}.`,
  noMission: (id: string) => `This feed has no mission “${id}”.`,
  noMissions: (date: string) => `No mission in this feed had a mandate in force on ${date}.`,
  date: 'Date',
  // Several missions year by year (over="years"): small multiples, one panel per priority area.
  years: {
    views: 'View',
    atDate: 'At a date',
    byYear: 'Year by year',
    caption: (first: number, last: number) => `Peacebuilding tasks in each mission’s mandates, year by year from ${first} to ${last}, one panel per priority area`,
    summary: (missions: number, first: number, last: number) => `${missions} mission${missions === 1 ? '’s' : 's’'} mandates from ${first} to ${last}, by priority area`,
    mostFrom: (year: number) => `in most mandates from ${year}`,
    count: (year: number, n: number, of: number) => `${year}: ${n} of ${of} mission${s(of)}`,
    ofMissions: (n: number, of: number) => `${n} of ${of} mission${s(of)}`,
    share: 'Share',
    held: 'a task in the area',
    without: 'a mandate, no task in the area',
    shareLegend: 'share of the missions under a mandate whose tasks are given',
    noMandate: 'no mandate in force',
    unknown: 'a mandate whose tasks the feed does not give',
    cell: (mission: string, year: number, area: string, tasks: number) => `${mission}, ${year}, ${area}: ${tasks} task${s(tasks)}`,
    under: (resolutions: string) => `under resolution${resolutions.includes(',') ? 's' : ''} ${resolutions}`,
    shareCell: (area: string, year: number, n: number, of: number) => `${area}, ${year}: ${n} of ${of} mission${s(of)} under a mandate with its tasks given carry a task in the area`,
    chosen: (year: number) => `${year} chosen: the date is now ${year}.`,
    keys: 'Arrow keys move between years and missions, panel after panel. Enter on a cell moves the date to its year.',
    table: 'Each priority area, year by year, as a table',
    columns: { year: 'Year', count: 'Missions with a task', missions: 'Which missions' },
    none: 'No mission in this feed has a mandate with a date.',
  },
};

export type MandateMessages = typeof enMandates;
