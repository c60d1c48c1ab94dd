/**
 * Clustering of sites that overlap at the current zoom, with supercluster (Mapbox's, well kept).
 * supercluster thinks in Web Mercator tiles: a map whose world is `W` pixels wide is at tile zoom
 * log2(W / extent). The mission view is Mercator too, so its clusters match what is drawn. No DOM.
 */
import Supercluster from 'supercluster';

export interface ClusterInput {
  id: string;
  at: [number, number];
}

export interface ClusterMark {
  kind: 'cluster';
  /** supercluster's cluster id. */
  id: number;
  at: [number, number];
  count: number;
  /** The ids of the sites it holds. */
  members: string[];
  /** The first of them in the feed's order (which names the group, without listing them all). */
  first: string;
  /** The tile zoom at which it breaks apart. */
  expansionZoom: number;
}

export interface Clusterer {
  /**
   * Clusters and single sites at a map scale (pixels per radian of the Mercator projection): those
   * within `bbox` ([west, south, east, north] in degrees; the whole world by default). A zoomed-in
   * view asks only for what it shows. `singles` are the places of the sites left alone in the list the
   * clusterer was built from, in its order.
   */
  at(pixelsPerRadian: number, bbox?: [number, number, number, number]): { clusters: ClusterMark[]; singles: number[] };
  /** The pixels per radian at which a cluster breaks apart. */
  expansionScale(cluster: ClusterMark): number;
}

const EXTENT = 256;
const MAX_ZOOM = 20;

/** Tile zoom of a Mercator map at a scale (pixels per radian): its world is 2π·scale pixels wide. */
export function tileZoom(pixelsPerRadian: number): number {
  return Math.log2((2 * Math.PI * pixelsPerRadian) / EXTENT);
}

/**
 * Builds the index once per footprint; `radius` is the overlap distance in pixels. `scales` (pixels per
 * radian, least and greatest) are those the view can show: supercluster then groups at those tile zooms
 * only, not at all 21 (a 10,000-site mission zoomed from its frame to 64 times it needs seven).
 */
export function clusterSites(sites: readonly ClusterInput[], radius: number, scales?: readonly [number, number]): Clusterer {
  const minZoom = scales ? Math.max(0, Math.min(MAX_ZOOM, Math.floor(tileZoom(scales[0])))) : 0;
  const maxZoom = scales ? Math.max(minZoom, Math.min(MAX_ZOOM, Math.floor(tileZoom(scales[1])))) : MAX_ZOOM;
  // Each group carries the lowest input index of its sites (supercluster's map/reduce, done once as the
  // index is built): the site that names it, without walking the index down to a leaf at every view.
  const index = new Supercluster<{ id: string; i: number }, { first: number }>({
    radius, extent: EXTENT, minZoom, maxZoom, minPoints: 2,
    map: (p) => ({ first: p.i }),
    reduce: (group, p) => {
      group.first = Math.min(group.first, p.first);
    },
  });
  index.load(sites.map((s, i) => ({ type: 'Feature', properties: { id: s.id, i }, geometry: { type: 'Point', coordinates: s.at } })));
  return {
    at(pixelsPerRadian, bbox = [-180, -85, 180, 85]) {
      const z = Math.max(0, Math.floor(tileZoom(pixelsPerRadian)));
      const clusters: ClusterMark[] = [];
      const singles: number[] = [];
      for (const f of index.getClusters(bbox, z)) {
        const p = f.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; i?: number; first?: number };
        const at = f.geometry.coordinates as [number, number];
        if (p.cluster) {
          const id = p.cluster_id!;
          // Members and the zoom a group opens at walk the index down, zoom by zoom: each is worked out
          // when first asked for (a group opened, two groups joined), not for every group of every view.
          const leaves = (n: number) => index.getLeaves(id, n).map((l) => l.properties.id);
          let members: string[] | undefined;
          let expansionZoom: number | undefined;
          clusters.push({
            kind: 'cluster', id, at, count: p.point_count!, first: sites[p.first!].id,
            get members() { return (members ??= leaves(Infinity)); },
            get expansionZoom() { return (expansionZoom ??= index.getClusterExpansionZoom(id)); },
          });
        } else if (p.i !== undefined) singles.push(p.i);
      }
      return { clusters, singles: singles.sort((a, b) => a - b) };
    },
    expansionScale(cluster) {
      return (EXTENT * 2 ** cluster.expansionZoom) / (2 * Math.PI);
    },
  };
}
