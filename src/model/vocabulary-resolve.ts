/** The vocabularies in force for a feed: the built-in ones, extended or relabelled by the feed. */
import type { Feed } from './schema.js';
import { textOf } from './text.js';
import { DEFAULT_ROLES, DEFAULT_SECTORS, EXTRA_ROLE_COLORS, PRIORITY_AREAS, type RoleDef, type SectorDef } from './vocabulary.js';

export interface Vocabulary {
  sectors: SectorDef[];
  roles: RoleDef[];
  sectorById: Map<string, SectorDef>;
  roleById: Map<string, RoleDef>;
}

/** The built-in labels in the reader's language, by id (from the kit's catalogues); English where absent. */
export interface DefaultLabels {
  sectors?: Record<string, string>;
  roles?: Record<string, string>;
  roleDescriptions?: Record<string, string>;
}

/**
 * Merges the feed's sectors and roles over the defaults, by id; new entries come after the defaults.
 * `labels` translates the defaults; what the feed itself says is kept as written.
 */
export function resolveVocabulary(feed: Pick<Feed, 'sectors' | 'roles' | 'lang'>, lang?: string, labels: DefaultLabels = {}): Vocabulary {
  const sectorById = new Map<string, SectorDef>(DEFAULT_SECTORS.map((s) => [s.id, { ...s, label: labels.sectors?.[s.id] ?? s.label }]));
  (feed.sectors ?? []).forEach((s) => {
    const base = sectorById.get(s.id);
    sectorById.set(s.id, {
      id: s.id,
      label: textOf(s.label, lang, feed.lang),
      area: s.area ?? base?.area ?? PRIORITY_AREAS[0].id,
    });
  });
  const roleById = new Map<string, RoleDef>(DEFAULT_ROLES.map((r) => [r.id, {
    ...r, label: labels.roles?.[r.id] ?? r.label, description: labels.roleDescriptions?.[r.id] ?? r.description,
  }]));
  let extra = 0;
  (feed.roles ?? []).forEach((r) => {
    const base = roleById.get(r.id);
    const label = textOf(r.label, lang, feed.lang);
    roleById.set(r.id, {
      id: r.id,
      label,
      description: r.description ? textOf(r.description, lang, feed.lang) : (base?.description ?? ''),
      glyph: r.glyph ?? base?.glyph ?? label.charAt(0).toUpperCase(),
      color: r.color ?? base?.color ?? EXTRA_ROLE_COLORS[extra++ % EXTRA_ROLE_COLORS.length],
    });
  });
  return { sectors: [...sectorById.values()], roles: [...roleById.values()], sectorById, roleById };
}
