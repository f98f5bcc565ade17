import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';

export type Theme = 'light' | 'dark';

export interface MapPalette {
  ocean: string;
  land: string;
  border: string;
  regionFill: string;
  regionLine: string;
  point: string;
  pointStroke: string;
  labelText: string;
  labelHalo: string;
}

export const PALETTES: Readonly<Record<Theme, MapPalette>> = {
  light: {
    ocean: '#dce7f0',
    land: '#f6f4ef',
    border: '#b9b3a7',
    regionFill: '#f2c14e',
    regionLine: '#8a6d1d',
    point: '#ffffff',
    pointStroke: '#33363b',
    labelText: '#24272b',
    labelHalo: '#ffffff',
  },
  dark: {
    ocean: '#101a24',
    land: '#232c36',
    border: '#46525f',
    regionFill: '#f2c14e',
    regionLine: '#e0b54a',
    point: '#1b2229',
    pointStroke: '#e8ecef',
    labelText: '#eef1f4',
    labelHalo: '#101418',
  },
};

export const BASEMAP_SOURCE = 'coop-basemap-countries';
export const BASEMAP_LAYERS = {
  background: 'coop-basemap-ocean',
  land: 'coop-basemap-land',
  borders: 'coop-basemap-borders',
} as const;

/**
 * The bundled offline basemap: sea, land and country borders from the bundled countries file.
 * It has no tile server and no glyph server, so it renders with the network off.
 */
export function basemapStyle(theme: Theme, countries: FeatureCollection | null): StyleSpecification {
  const palette = PALETTES[theme];
  return {
    version: 8,
    name: 'coop-map offline basemap',
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'geojson',
        data: countries ?? { type: 'FeatureCollection', features: [] },
        tolerance: 0.45,
      },
    },
    layers: [
      { id: BASEMAP_LAYERS.background, type: 'background', paint: { 'background-color': palette.ocean } },
      { id: BASEMAP_LAYERS.land, type: 'fill', source: BASEMAP_SOURCE, paint: { 'fill-color': palette.land } },
      {
        id: BASEMAP_LAYERS.borders,
        type: 'line',
        source: BASEMAP_SOURCE,
        paint: { 'line-color': palette.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2] },
      },
    ],
  };
}
