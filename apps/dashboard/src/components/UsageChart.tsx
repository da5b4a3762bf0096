import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatDay, getLocale, t } from '../i18n';
import type { ChartSeries } from '../model/chart';
import { useColorScheme } from './use-color-scheme';

/** A colour variable resolved to rgb() (custom properties hold light-dark(), which a canvas cannot read). */
function cssVar(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour || '#888';
}

function dayLabel(seconds: number, year = true): string {
  return formatDay(new Date(seconds * 1000).toISOString().slice(0, 10), { year });
}

function options(series: ChartSeries, width: number): uPlot.Options {
  const fg = cssVar('--fg-muted');
  const grid = cssVar('--border');
  const bars = (align: -1 | 1) => uPlot.paths.bars?.({ size: [0.4, 14, 3], align });
  const narrow = width < 520;
  return {
    width,
    height: narrow ? 240 : 300,
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(2, Math.ceil(max * 1.1))] } },
    legend: { show: true, live: false },
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    axes: [
      {
        stroke: fg,
        grid: { stroke: grid, width: 1 },
        ticks: { stroke: grid },
        values: (_u, splits) => splits.map((s) => dayLabel(s, false)),
        space: narrow ? 70 : 90,
      },
      { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, size: 40 },
    ],
    series: [
      { value: (_u, v) => (v === null ? '' : dayLabel(v)) },
      {
        label: t('chart.remaining'),
        stroke: cssVar('--chart-remaining'),
        width: 2,
        spanGaps: true,
        paths: uPlot.paths.stepped?.({ align: 1 }),
        show: !series.unlimited,
      },
      {
        label: t('chart.forecast'),
        stroke: cssVar('--chart-forecast'),
        width: 2,
        dash: [8, 6],
        spanGaps: true,
        points: { show: true, size: 6 },
      },
      {
        label: t('chart.observed'),
        stroke: cssVar('--chart-observed'),
        fill: cssVar('--chart-observed'),
        width: 0,
        points: { show: true, size: 9, width: 2 },
        paths: () => null,
      },
      {
        label: t('chart.opened'),
        fill: cssVar('--chart-opened'),
        stroke: cssVar('--chart-opened'),
        width: 0,
        paths: bars(-1),
        points: { show: false },
      },
      {
        label: t('chart.refunded'),
        fill: cssVar('--chart-refunded'),
        stroke: cssVar('--chart-refunded'),
        width: 0,
        paths: bars(1),
        points: { show: false },
      },
    ],
  };
}

/**
 * Incidents opened, refunded and observed over time, the remaining count and the forecast line to
 * the end date (uPlot on a canvas). The ledger table beside it carries the same data as text.
 */
export function UsageChart({ series, description }: { series: ChartSeries; description: string }) {
  const holder = useRef<HTMLDivElement>(null);
  const scheme = useColorScheme();
  const locale = getLocale();
  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    const data: uPlot.AlignedData = [
      series.x,
      series.remaining,
      series.forecast,
      series.observed,
      series.opened,
      series.refunded,
    ];
    const width = () => Math.max(280, Math.floor(el.clientWidth));
    let plot = new uPlot(options(series, width()), data, el);
    const resize = new ResizeObserver(() => {
      const w = width();
      if (w === plot.width) return;
      const narrowChanged = w < 520 !== plot.width < 520;
      if (narrowChanged) {
        plot.destroy();
        plot = new uPlot(options(series, w), data, el);
      } else plot.setSize({ width: w, height: plot.height });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [series, scheme, locale]);

  return (
    <figure class="chart">
      <div ref={holder} class="chart-canvas" role="img" aria-label={description} data-testid="usage-chart" />
      <figcaption class="muted">{t('chart.caption')}</figcaption>
    </figure>
  );
}
