/**
 * The dashboard's map, offline like the route map: countries shaded by the cases reaching them
 * (or, in the regional view, by the cases each jurisdiction recorded), arrows from country to country sized by the cases with that leg, and border crossings sized by
 * their cases. It draws the same released counts as the charts and tables beside it (a withheld
 * count is drawn small and without a number), so the three always agree.
 */
import { countryName } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_HEIGHT, MAP_WIDTH, projectionForRegion, useRegionShapes } from '../../app/region-map.ts';
import type { ReleasedChart } from './api.ts';

export interface CrossingPoint {
  readonly id: string;
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
}

const SHADES = ['#f7f5ef', '#d6e4f0', '#a9c7e2', '#6a9ccb', '#2f6aa6'];

export function AnalysisMap({
  crossings,
  legs,
  arrivals,
  recorded,
  points,
}: {
  crossings: ReleasedChart | undefined;
  legs: ReleasedChart | undefined;
  arrivals: ReleasedChart | undefined;
  /** The regional view's cases per jurisdiction: a choropleth by jurisdiction, offered beside the other. */
  recorded?: ReleasedChart | undefined;
  points: CrossingPoint[];
}) {
  const { t, i18n } = useTranslation();
  const shapes = useRegionShapes();
  const projection = projectionForRegion();
  const [shading, setShading] = useState<'recorded' | 'arriving'>(recorded ? 'recorded' : 'arriving');
  const shaded = shading === 'recorded' && recorded ? recorded : arrivals;
  const byCountry = new Map((shaded?.cells ?? []).map((c) => [c.key, c.count]));
  const highest = Math.max(1, ...[...byCountry.values()].map((v) => v ?? 0));
  const shade = (code: string | null) => {
    const v = code ? byCountry.get(code) : undefined;
    if (v === undefined || v === null) return SHADES[0]!;
    return SHADES[Math.min(SHADES.length - 1, 1 + Math.floor((v / highest) * (SHADES.length - 2)))]!;
  };
  const centroid = new Map((shapes ?? []).filter((s) => s.code).map((s) => [s.code!, s.centroid]));
  const largest = Math.max(
    1,
    ...(legs?.cells ?? []).map((c) => c.count ?? 0),
    ...(crossings?.cells ?? []).map((c) => c.count ?? 0),
  );
  const size = (count: number | null, most: number) =>
    count === null ? 1.5 : 1.5 + (7 * Math.sqrt(count)) / Math.sqrt(most);
  const label = (c: { count: number | null; atLeast: boolean }) =>
    c.count === null
      ? t('analysis.withheld')
      : c.atLeast
        ? t('analysis.atLeast', { count: c.count })
        : String(c.count);
  return (
    <figure className="route-map analysis-map">
      {recorded && (
        <fieldset className="checks map-shading">
          <legend>{t('analysis.map.shadeBy')}</legend>
          {(['recorded', 'arriving'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="analysis-map-shading"
                value={option}
                checked={shading === option}
                onChange={() => setShading(option)}
              />{' '}
              {t(option === 'recorded' ? 'analysis.map.legendRecorded' : 'analysis.map.legend')}
            </label>
          ))}
        </fieldset>
      )}
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-labelledby="analysis-map-title"
        data-testid="analysis-map"
      >
        <title id="analysis-map-title">{t('analysis.map.title')}</title>
        <defs>
          <marker
            id="flow-head"
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#a4161a" />
          </marker>
        </defs>
        <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill="#dde9f3" />
        {shapes?.map((s) => (
          <path
            key={s.name + s.d.length}
            d={s.d}
            fill={shade(s.code)}
            stroke="#9aa5b1"
            strokeWidth={0.6}
            data-country={s.code ?? undefined}
            data-count={s.code && byCountry.has(s.code) ? (byCountry.get(s.code) ?? '') : undefined}
          >
            <title>
              {s.code && byCountry.has(s.code)
                ? `${s.name}: ${label({ count: byCountry.get(s.code) ?? null, atLeast: false })}`
                : s.name}
            </title>
          </path>
        ))}
        {shapes &&
          (legs?.cells ?? []).map((c) => {
            const [from, to] = c.key.split('>');
            const a = centroid.get(from!);
            const b = centroid.get(to!);
            if (!a || !b) return null;
            const text = t('analysis.map.flowLabel', {
              from: countryName(from!, i18n.language),
              to: countryName(to!, i18n.language),
              count: label(c),
            });
            return (
              <line
                key={c.key}
                x1={a[0]}
                y1={a[1]}
                x2={b[0]}
                y2={b[1]}
                stroke="#a4161a"
                strokeOpacity={0.75}
                strokeWidth={size(c.count, largest)}
                markerEnd="url(#flow-head)"
                data-flow={c.key}
                data-count={c.count ?? ''}
              >
                <title>{text}</title>
              </line>
            );
          })}
        {(crossings?.cells ?? []).map((c) => {
          const point = points.find((p) => p.id === c.key);
          if (!point) return null;
          const xy = projection([point.longitude, point.latitude]) ?? [0, 0];
          return (
            <g key={c.key} data-crossing={c.key} data-count={c.count ?? ''}>
              <circle
                cx={xy[0]}
                cy={xy[1]}
                r={2 + size(c.count, largest)}
                fill="#f2a900"
                stroke="#1b1f24"
                strokeWidth={1}
              >
                <title>{t('analysis.map.crossingLabel', { name: point.name, count: label(c) })}</title>
              </circle>
              {c.count !== null && (
                <text x={xy[0] + 8} y={xy[1] + 4} fontSize={11} fill="#1b1f24">
                  {label(c)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        {shapes
          ? t(shaded === recorded ? 'analysis.map.legendRecorded' : 'analysis.map.legend')
          : t('analysis.map.loading')}{' '}
        · Natural Earth · world-atlas
      </figcaption>
    </figure>
  );
}
