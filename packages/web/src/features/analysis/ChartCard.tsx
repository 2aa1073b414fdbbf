/**
 * One chart of the dashboard: bars drawn with Observable Plot beside the table of the same counts
 * (a withheld count is a row that says so, and no bar), with the chart's CSV from the server and
 * a PNG drawn from the chart's own SVG.
 */
import * as Plot from '@observablehq/plot';
import type { AnalysisFilters, ChartKey } from '@veza/core';
import { CHARTS } from '@veza/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartCsvUrl, type ReleasedChart } from './api.ts';

export interface Labelled {
  readonly key: string;
  readonly label: string;
  readonly count: number | null;
  readonly atLeast: boolean;
}

function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(320);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.max(240, Math.floor(entry!.contentRect.width))),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function ChartCard({
  chart,
  cells,
  filters,
  title,
}: {
  chart: ReleasedChart;
  cells: Labelled[];
  filters: AnalysisFilters;
  title: string;
}) {
  const { t } = useTranslation();
  const [box, width] = useWidth<HTMLDivElement>();
  const plotRef = useRef<HTMLDivElement>(null);
  const key = chart.key as ChartKey;
  const time = key === 'month' || key === 'week';
  const shown = (c: { count: number | null; atLeast: boolean }) =>
    c.count === null
      ? t('analysis.withheld')
      : c.atLeast
        ? t('analysis.atLeast', { count: c.count })
        : String(c.count);

  useEffect(() => {
    const element = plotRef.current;
    if (!element) return;
    const data = cells.map((c) => ({ label: c.label, count: c.count ?? 0, withheld: c.count === null }));
    const longest = Math.max(...cells.map((c) => c.label.length), 4);
    const svg = time
      ? Plot.plot({
          width,
          height: 220,
          marginBottom: 40,
          x: {
            label: null,
            tickRotate: -45,
            domain: data.map((d) => d.label),
            // About one label per 40 pixels.
            ticks: data
              .filter((_, i) => i % Math.max(1, Math.ceil((data.length * 40) / width)) === 0)
              .map((d) => d.label),
          },
          y: { label: t(`analysis.units.${chart.unit}`), grid: true },
          marks: [
            Plot.barY(
              data.filter((d) => !d.withheld),
              {
                x: 'label',
                y: 'count',
                fill: '#1d4e89',
                title: (d: { label: string; count: number }) => `${d.label}: ${d.count}`,
              },
            ),
            Plot.ruleY([0]),
          ],
        })
      : Plot.plot({
          width,
          height: Math.max(80, 26 * data.length + 40),
          marginLeft: Math.min(Math.round(width * 0.45), 8 + longest * 6.5),
          x: { label: t(`analysis.units.${chart.unit}`), grid: true },
          y: { label: null, domain: data.map((d) => d.label) },
          marks: [
            Plot.barX(
              data.filter((d) => !d.withheld),
              {
                x: 'count',
                y: 'label',
                fill: '#1d4e89',
                title: (d: { label: string; count: number }) => `${d.label}: ${d.count}`,
              },
            ),
            Plot.text(
              data.filter((d) => d.withheld),
              {
                x: 0,
                y: 'label',
                text: () => t('analysis.withheld'),
                textAnchor: 'start',
                dx: 4,
                fill: '#5b6570',
              },
            ),
            Plot.ruleX([0]),
          ],
        });
    // The chart is one image named by its title (the table beside it holds the numbers): the
    // names Plot gives its parts are dropped, as ARIA allows none on them.
    for (const part of svg.querySelectorAll('[aria-label], [aria-description]')) {
      part.removeAttribute('aria-label');
      part.removeAttribute('aria-description');
    }
    // Plot puts a <style> element in every chart, which the Content-Security-Policy refuses (styles
    // come from the app's own files only): it goes before the chart is shown, and its rules live in
    // styles.css under .plot-chart.
    for (const style of svg.querySelectorAll('style')) style.remove();
    svg.classList.add('plot-chart');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', title);
    element.replaceChildren(svg);
    return () => svg.remove();
  }, [cells, width, time, chart.unit, title, t]);

  const downloadPng = async () => {
    const svg = plotRef.current?.querySelector('svg');
    if (!svg) return;
    const { width: w, height: h } = svg.getBoundingClientRect();
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const url = URL.createObjectURL(
      new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }),
    );
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(w * 2);
    canvas.height = Math.ceil(h * 2 + 40);
    const g = canvas.getContext('2d');
    if (!g) return;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.scale(2, 2);
    g.fillStyle = '#1b1f24';
    g.font = '600 13px system-ui, sans-serif';
    g.fillText(title, 4, 14);
    g.drawImage(image, 0, 20, w, h);
    URL.revokeObjectURL(url);
    const link = document.createElement('a');
    link.download = `veza-${key}.png`;
    link.href = canvas.toDataURL('image/png');
    link.click();
  };

  const headingId = `chart-${key}`;
  return (
    <section className="chart-card" aria-labelledby={headingId} data-chart={key}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">
        {!CHARTS[key].filtered && `${t('analysis.notFiltered')} `}
        {!CHARTS[key].additive && t('analysis.several')}
      </p>
      <div className="chart-box" ref={box}>
        <div ref={plotRef} data-testid={`chart-${key}`} />
      </div>
      <div className="table-wrap">
        <table data-testid={`table-${key}`}>
          <thead>
            <tr>
              <th scope="col">{t('analysis.category')}</th>
              <th scope="col">{t('analysis.count')}</th>
            </tr>
          </thead>
          <tbody>
            {cells.map((c) => (
              <tr key={c.key} data-key={c.key}>
                <th scope="row">{c.label}</th>
                <td title={c.count === null ? t('analysis.withheldHelp') : undefined}>{shown(c)}</td>
              </tr>
            ))}
          </tbody>
          {CHARTS[key].additive && (
            <tfoot>
              <tr>
                <th scope="row">{t('analysis.total')}</th>
                <td>{shown({ count: chart.total, atLeast: chart.totalAtLeast })}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <p className="actions">
        <a
          className="button secondary"
          href={chartCsvUrl(filters, key)}
          download
          aria-label={t('analysis.downloadCsvOf', { chart: title })}
        >
          {t('analysis.downloadCsv')}
        </a>
        <button type="button" className="secondary" onClick={() => void downloadPng()}>
          {t('analysis.downloadPng')}
          <span className="visually-hidden">: {t('analysis.downloadPngOf', { chart: title })}</span>
        </button>
      </p>
    </section>
  );
}
