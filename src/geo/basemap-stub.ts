// Stands in for basemap-data.ts when scripts/check-size.mjs measures the kit's code without the base map.
import type { Topology } from 'topojson-specification';

const basemap: Topology = { type: 'Topology', arcs: [], objects: { countries: { type: 'GeometryCollection', geometries: [] } } };
export default basemap;
