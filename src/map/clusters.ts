/**
 * The mission map's clustering, loaded on demand with its base map (map-files-controller.ts): supercluster's
 * groups (geo/cluster.ts), and the merging of the groups and sites that still touch on screen. A world map,
 * which never groups, does not load it.
 */
import { clusterSites as clusterPoints, type ClusterInput, type ClusterMark, type Clusterer } from '../geo/cluster.js';
import { clusterRadius, type ViewMark } from './layout.js';

export type MapClusterer = Clusterer & { mergeTouching: typeof mergeTouching };

/** The clusterer of a mission view's sites (`radius`: their overlap distance in pixels; `scales`: the view's least and greatest, in pixels per radian). */
export function clusterSites(sites: readonly ClusterInput[], radius: number, scales?: readonly [number, number]): MapClusterer {
  return { ...clusterPoints(sites, radius, scales), mergeTouching };
}

/**
 * supercluster groups on a grid at whole tile zooms, so two groups, or a group and a site left out of it,
 * can still be drawn over each other (on a 360 px map, three groups around Freetown did). Each group
 * takes in whatever it touches, until no group touches another group or a site it could hold; the
 * mission HQ is never held. A merged group opens at the zoom of the first of its parts to open.
 */
export function mergeTouching(groups: ViewMark[], loose: ViewMark[]): { groups: ViewMark[]; absorbed: Set<string> } {
  const absorbed = new Set<string>();
  // Far apart on either axis is decided without the square root: most pairs are (10,000 sites zoomed in: ms, not 100 ms).
  const touch = (a: Circle, b: Circle, d = a.r + b.r + 1) =>
    Math.abs(a.x - b.x) < d && Math.abs(a.y - b.y) < d && Math.hypot(a.x - b.x, a.y - b.y) < d;
  // The sites in a grid of 64 px cells: a group looks only at the cells within its reach, not at every site.
  const CELL = 64;
  const grid = new Map<number, number[]>();
  const cellOf = (cx: number, cy: number) => cx * 65536 + cy;
  let reach = 0;
  loose.forEach((s, k) => {
    const id = cellOf(Math.floor(s.x / CELL), Math.floor(s.y / CELL));
    const cell = grid.get(id);
    if (cell) cell.push(k);
    else grid.set(id, [k]);
    reach = Math.max(reach, s.r);
  });
  /** The first site after `from`, in the order the sites came, that touches the group and is free. */
  const firstTouching = (g: Pile, from: number): number => {
    const d = g.r + reach + 1;
    let first = Infinity;
    for (let cx = Math.floor((g.x - d) / CELL); cx <= Math.floor((g.x + d) / CELL); cx++) {
      for (let cy = Math.floor((g.y - d) / CELL); cy <= Math.floor((g.y + d) / CELL); cy++) {
        for (const k of grid.get(cellOf(cx, cy)) ?? []) if (k > from && k < first && !absorbed.has(loose[k].key) && touch(g, loose[k])) first = k;
      }
    }
    return first;
  };
  const piles = groups.map(pileOf);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < piles.length; i++) {
      for (let j = piles.length - 1; j > i; j--) {
        if (!touch(piles[i], piles[j])) continue;
        take(piles[i], piles[j]);
        piles.splice(j, 1);
        changed = true;
      }
      // The sites in their order, each against the group as it has grown: as a pass over every site would.
      for (let k = firstTouching(piles[i], -1); k < Infinity; k = firstTouching(piles[i], k)) {
        take(piles[i], pileOf(loose[k]));
        absorbed.add(loose[k].key);
        changed = true;
      }
    }
  }
  return { groups: piles.map(groupOf), absorbed };
}

type Circle = { x: number; y: number; r: number };
/** A group while it grows: its place and count, and the marks (groups or sites) it took in. */
interface Pile { x: number; y: number; r: number; count: number; at: [number, number]; parts: ViewMark[] }
const pileOf = (m: ViewMark): Pile => ({ x: m.x, y: m.y, r: m.r, count: m.cluster?.count ?? 1, at: m.cluster?.at ?? m.mark!.at, parts: [m] });

/** Takes `b` into `a`, at their centre weighted by the sites each holds. */
function take(a: Pile, b: Pile) {
  const count = a.count + b.count;
  const mix = (p: number, q: number) => (p * a.count + q * b.count) / count;
  a.x = mix(a.x, b.x);
  a.y = mix(a.y, b.y);
  a.at = [mix(a.at[0], b.at[0]), mix(a.at[1], b.at[1])];
  a.count = count;
  a.r = clusterRadius(count);
  a.parts.push(...b.parts);
}

/** The group drawn: the first part's key and id; its members and opening zoom worked out only when it is opened. */
function groupOf(p: Pile): ViewMark {
  const [head] = p.parts;
  if (p.parts.length === 1) return head;
  const first = head.cluster?.first ?? head.key;
  let members: string[] | undefined;
  const cluster: ClusterMark = {
    kind: 'cluster', id: (p.parts.find((m) => m.cluster)!.cluster)!.id, at: p.at, count: p.count, first,
    get members() {
      return (members ??= p.parts.flatMap((m) => m.cluster?.members ?? [m.key]));
    },
    get expansionZoom() {
      return Math.min(...p.parts.map((m) => m.cluster?.expansionZoom ?? Infinity));
    },
  };
  return { kind: 'cluster', key: `c${first}-${p.count}`, x: p.x, y: p.y, r: p.r, cluster };
}

