// The mapshaper step both layers share: features with the same `properties.id` dissolved into one
// (possibly multi-part) shape, simplified, written as quantized TopoJSON, plus an inner point each.

import { feature as topoFeature } from 'topojson-client';
import { QUANTIZATION } from './limits.mjs';

/**
 * @param {object} mapshaper the API from sources.mjs loadMapshaper()
 * @param {object[]} features GeoJSON features, each with `properties.id`
 * @param {{layer: string, simplify: string}} options the TopoJSON object name; the share of vertices kept
 * @returns the topology, mapshaper's inner point per id, and each id's geometry as shipped (after
 *   simplification and quantization, which is what label points must fall inside)
 */
export async function simplifyLayer(mapshaper, features, { layer, simplify }) {
  const out = await mapshaper.applyCommands(
    [
      '-i in.json',
      '-dissolve2 id',
      `-simplify ${simplify} keep-shapes`,
      `-rename-layers ${layer}`,
      `-o ${layer}.json format=topojson quantization=${QUANTIZATION}`,
      '-points inner + name=inner',
      '-o inner.json format=geojson target=inner',
    ].join(' '),
    { 'in.json': { type: 'FeatureCollection', features } },
  );
  const topology = JSON.parse(out[`${layer}.json`]);
  const innerPoints = JSON.parse(out['inner.json']).features;
  const inner = new Map(innerPoints.map((f) => [f.properties.id, f.geometry?.coordinates]));
  const shapes = topoFeature(topology, topology.objects[layer]).features;
  const shipped = new Map(shapes.map((f) => [f.properties.id, f.geometry]));
  return { topology, inner, shipped };
}

/** The topology with `geometries` as its one object `layer`, sorted by id so the output is stable. */
export function withGeometries(topology, layer, geometries) {
  const sorted = [...geometries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  topology.objects = { [layer]: { type: 'GeometryCollection', geometries: sorted } };
  return topology;
}
