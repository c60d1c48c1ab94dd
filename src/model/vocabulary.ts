/**
 * Built-in vocabularies, taken from the seed paper "Peacekeeping and Peacebuilding: Clarifying
 * the Nexus". A feed may add entries or relabel them (see `resolveVocabulary`).
 */

/** The seed's five peacebuilding priority areas, in the paper's order. */
export const PRIORITY_AREAS = [
  { id: 'safety-security', label: 'Basic safety and security' },
  { id: 'political-processes', label: 'Inclusive political processes' },
  { id: 'basic-services', label: 'Delivery of basic services' },
  { id: 'core-government', label: 'Core government functions' },
  { id: 'economic-revitalization', label: 'Economic revitalization' },
] as const;

export type PriorityAreaId = (typeof PRIORITY_AREAS)[number]['id'];

export interface SectorDef {
  id: string;
  label: string;
  area: string;
}

export const DEFAULT_SECTORS: readonly SectorDef[] = [
  { id: 'ssr', label: 'Security sector reform', area: 'safety-security' },
  { id: 'ddr', label: 'Disarmament, demobilization and reintegration', area: 'safety-security' },
  { id: 'mine-action', label: 'Mine action', area: 'safety-security' },
  { id: 'police', label: 'Police', area: 'safety-security' },
  { id: 'justice-corrections', label: 'Justice and corrections', area: 'safety-security' },
  { id: 'rule-of-law', label: 'Rule of law', area: 'safety-security' },
  { id: 'protection-of-civilians', label: 'Protection of civilians', area: 'safety-security' },
  { id: 'ceasefire-border-monitoring', label: 'Ceasefire and border monitoring', area: 'safety-security' },
  { id: 'human-rights', label: 'Human rights', area: 'political-processes' },
  { id: 'political-facilitation', label: 'Political facilitation', area: 'political-processes' },
  { id: 'elections', label: 'Elections', area: 'political-processes' },
  { id: 'democratic-institutions', label: 'Democratic institutions', area: 'political-processes' },
  { id: 'civil-affairs', label: 'Civil affairs', area: 'political-processes' },
  { id: 'return-reintegration', label: 'Return and reintegration', area: 'basic-services' },
  { id: 'basic-services', label: 'Basic services', area: 'basic-services' },
  { id: 'civil-administration', label: 'Civil administration', area: 'core-government' },
  { id: 'public-finance', label: 'Public finance', area: 'core-government' },
  // A/63/881 puts the rehabilitation of basic infrastructure under economic revitalization.
  { id: 'infrastructure', label: 'Infrastructure', area: 'economic-revitalization' },
  { id: 'employment', label: 'Employment', area: 'economic-revitalization' },
  { id: 'economic-revitalization', label: 'Economic revitalization', area: 'economic-revitalization' },
];

export interface RoleDef {
  id: string;
  label: string;
  description: string;
  /** A letter that names the role without colour (WCAG 1.4.1, use of colour). */
  glyph: string;
  /** Okabe-Ito colour, distinguishable under the common colour-vision deficiencies. */
  color: string;
}

export const DEFAULT_ROLES: readonly RoleDef[] = [
  { id: 'lead', label: 'Lead', description: 'Owns and leads the effort (national ownership)', glyph: 'L', color: '#0072B2' },
  { id: 'articulate', label: 'Articulate', description: 'Helps articulate priorities by supporting consensus among national and international partners, and guides strategy; nationals set the priorities', glyph: 'A', color: '#CC79A7' },
  { id: 'enable', label: 'Enable', description: 'Security umbrella, political space, logistics, coordination', glyph: 'E', color: '#56B4E9' },
  { id: 'implement', label: 'Implement', description: 'Carries out the task directly', glyph: 'I', color: '#D55E00' },
  { id: 'support', label: 'Support', description: "Assists another actor's lead", glyph: 'S', color: '#009E73' },
  { id: 'fund', label: 'Fund', description: 'Finances the effort', glyph: 'F', color: '#E69F00' },
  { id: 'monitor', label: 'Monitor', description: 'Observes and reports on commitments', glyph: 'M', color: '#F0E442' },
];

/** Okabe-Ito, for roles a feed adds beyond the defaults. */
export const EXTRA_ROLE_COLORS = ['#999999', '#000000', '#0072B2', '#D55E00'] as const;

/** Actor types, national actors first: the seed's "peacebuilding is national first". */
export const ACTOR_TYPES = [
  { id: 'national-government', label: 'National government' },
  { id: 'national-civil-society', label: 'National civil society' },
  { id: 'mission', label: 'Peace operation' },
  { id: 'un-entity', label: 'UN entities' },
  { id: 'ifi', label: 'International financial institutions' },
  { id: 'regional', label: 'Regional organizations' },
  { id: 'bilateral', label: 'Bilateral partners' },
  { id: 'ngo', label: 'NGOs' },
  { id: 'other', label: 'Other' },
] as const;
export type ActorTypeId = (typeof ACTOR_TYPES)[number]['id'];

export const SITE_TYPES = [
  { id: 'mission-hq', label: 'Mission HQ', symbol: 'star' },
  { id: 'sector-hq', label: 'Sector HQ', symbol: 'square' },
  { id: 'team-site', label: 'Team site', symbol: 'triangle' },
  { id: 'base', label: 'Base', symbol: 'circle' },
  { id: 'police', label: 'Police', symbol: 'diamond' },
  { id: 'observer', label: 'Observers', symbol: 'wye' },
  { id: 'logistics', label: 'Logistics', symbol: 'cross' },
  { id: 'liaison', label: 'Liaison office', symbol: 'circle' },
] as const;
export type SiteTypeId = (typeof SITE_TYPES)[number]['id'];

export const MISSION_TYPES = [
  { id: 'multidimensional', label: 'Multidimensional' },
  { id: 'traditional', label: 'Traditional' },
  { id: 'observer', label: 'Observer' },
  { id: 'political', label: 'Political' },
] as const;

/** What a mandate may say besides its tasks (`mandates[].flags`). */
export const MANDATE_FLAGS = ['chapter-vii', 'protection-of-civilians', 'drawdown', 'final-extension'] as const;

export const LEVELS = ['political', 'operational', 'technical', 'national', 'sub-national', 'local'] as const;
export const PHASE_KINDS = ['start-up', 'consolidation', 'drawdown', 'withdrawal', 'liquidation'] as const;
export const PRESENCE_KINDS = [
  'peacekeeping', 'political-mission', 'peacebuilding-office', 'country-team', 'regional-force', 'other',
] as const;
export const TRACK_GROUPS = ['mission', 'political', 'peacebuilding', 'development', 'humanitarian', 'funding'] as const;
export const ITEM_STATUSES = ['planned', 'ongoing', 'completed', 'cancelled'] as const;
export const EVENT_KINDS = ['agreement', 'election', 'resolution', 'milestone', 'crisis', 'departure', 'other'] as const;
export const FUNDING_SOURCES = ['assessed', 'pbf', 'trust-fund', 'bilateral', 'ifi', 'voluntary', 'other'] as const;
/** Firmest first: the order funding streams are drawn and explained in. */
export const RELIABILITIES = ['assured', 'committed', 'pledged', 'projected'] as const;
export const FUNDING_CYCLES = ['annual', 'annual-jul-jun', 'multi-year', 'project'] as const;
