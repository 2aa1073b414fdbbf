/**
 * The route drawn on the region's outline, offline: country shapes from world-atlas (Natural Earth,
 * loaded on demand) projected with d3-geo, crossings as points, legs as lines between them.
 */
import { useTranslation } from 'react-i18next';
import {
  MAP_HEIGHT as HEIGHT,
  projectionForRegion,
  useRegionShapes,
  MAP_WIDTH as WIDTH,
} from '../../app/region-map.ts';
import type { RouteLeg } from '../../types.ts';

export function RouteMap({ legs }: { legs: RouteLeg[] }) {
  const { t } = useTranslation();
  const shapes = useRegionShapes();
  const projection = projectionForRegion();
  const points = legs
    .map((leg) => leg.crossing)
    .filter((c): c is NonNullable<RouteLeg['crossing']> => c !== null)
    .map((c) => ({ ...c, xy: projection([c.longitude, c.latitude]) ?? [0, 0] }));

  return (
    <figure className="route-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="route-map-title"
        data-testid="route-map"
      >
        <title id="route-map-title">{t('cases.map')}</title>
        <rect width={WIDTH} height={HEIGHT} fill="#dde9f3" />
        {shapes?.map((s) => (
          <path key={s.name + s.d.length} d={s.d} fill="#f7f5ef" stroke="#9aa5b1" strokeWidth={0.6}>
            <title>{s.name}</title>
          </path>
        ))}
        {points.length > 1 && (
          <polyline
            points={points.map((p) => p.xy.join(',')).join(' ')}
            fill="none"
            stroke="#a4161a"
            strokeWidth={2.5}
            strokeDasharray="6 4"
          />
        )}
        {points.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a route may pass the same crossing twice; its order is its identity
          <g key={`${p.id}-${i}`} data-crossing={p.id}>
            <circle cx={p.xy[0]} cy={p.xy[1]} r={6} fill="#a4161a" stroke="#fff" strokeWidth={1.5} />
            <text x={p.xy[0] + 9} y={p.xy[1] + 4} fontSize={12} fill="#1b1f24">
              {i + 1}. {p.name}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="muted">Natural Earth · world-atlas</figcaption>
    </figure>
  );
}
