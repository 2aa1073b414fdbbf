/**
 * The region's outline for maps drawn offline: country shapes from world-atlas (Natural Earth,
 * loaded on demand as its own chunk) projected with d3-geo onto one frame, with each country's
 * ISO code where Veza needs it (choropleths, arrows between countries).
 */
import { geoMercator, geoPath } from 'd3-geo';
import { useEffect, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const MAP_WIDTH = 560;
export const MAP_HEIGHT = 420;
// The Western Balkans and their neighbours: west, south, east, north.
const REGION: [[number, number], [number, number]] = [
  [13.2, 38.8],
  [24.2, 47.2],
];

/** ISO 3166 numeric codes (world-atlas ids) of the region and its neighbours; Kosovo has none there. */
const ALPHA2_OF_NUMERIC: Record<string, string> = {
  '008': 'AL',
  '070': 'BA',
  '499': 'ME',
  '807': 'MK',
  '688': 'RS',
  '191': 'HR',
  '348': 'HU',
  '300': 'GR',
  '100': 'BG',
  '642': 'RO',
  '705': 'SI',
  '040': 'AT',
  '380': 'IT',
  '792': 'TR',
};

export interface CountryShape {
  readonly d: string;
  readonly name: string;
  /** ISO alpha-2 where known (XK for Kosovo). */
  readonly code: string | null;
  readonly centroid: [number, number];
}

let loaded: Promise<CountryShape[]> | null = null;

export function loadRegionShapes(): Promise<CountryShape[]> {
  loaded ??= import('world-atlas/countries-50m.json').then((module) => {
    const topology = (module.default ?? module) as unknown as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const countries = feature(topology, topology.objects.countries);
    const path = geoPath(projectionForRegion());
    return countries.features
      .map((f) => {
        const name = f.properties?.name ?? '';
        const code = name === 'Kosovo' ? 'XK' : (ALPHA2_OF_NUMERIC[String(f.id ?? '')] ?? null);
        return { d: path(f) ?? '', name, code, centroid: path.centroid(f) as [number, number] };
      })
      .filter((s) => s.d !== '');
  });
  return loaded;
}

export function projectionForRegion() {
  return geoMercator().fitExtent(
    [
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ],
    {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPoint', coordinates: [REGION[0], REGION[1]] },
    },
  );
}

/** The region's shapes for a map component: null until loaded (once per page load). */
export function useRegionShapes(): CountryShape[] | null {
  const [shapes, setShapes] = useState<CountryShape[] | null>(null);
  useEffect(() => {
    let live = true;
    loadRegionShapes().then((s) => live && setShapes(s));
    return () => {
      live = false;
    };
  }, []);
  return shapes;
}
