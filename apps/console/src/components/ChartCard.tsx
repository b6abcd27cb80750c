import { useEffect, useRef } from 'preact/hooks';
import { Chart, type ChartConfiguration } from '../lib/charts';
import { useI18n } from '../lib/i18n';

interface Props {
  id: string;
  title: string;
  config: ChartConfiguration;
  /** The figures as a table, for screen readers and for reading exact values. */
  table: { head: string[]; rows: (string | number)[][] };
  fileName: string;
}

/** A chart (Chart.js) with its title, a PNG download and its data as a table. */
export function ChartCard({ id, title, config, table, fileName }: Props) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    // White behind the bars, so the saved PNG is readable on any viewer.
    const background = { id: 'background', beforeDraw: (c: Chart) => { c.ctx.save(); c.ctx.fillStyle = '#fff'; c.ctx.fillRect(0, 0, c.width, c.height); c.ctx.restore(); } };
    chart.current = new Chart(canvas.current!, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options }, plugins: [background] });
    return () => chart.current?.destroy();
  }, [JSON.stringify(config.data)]);
  const savePng = () => {
    const a = Object.assign(document.createElement('a'), { href: chart.current!.toBase64Image('image/png', 1), download: fileName });
    document.body.append(a);
    a.click();
    a.remove();
  };
  return (
    <section class="card chart-card" aria-labelledby={`${id}-title`} data-chart={id}>
      <header class="card-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" class="secondary" onClick={savePng} aria-label={`${t('savePng')}: ${title}`}>
          {t('savePng')}
        </button>
      </header>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
      <details>
        <summary>{t('chartDataTable')}</summary>
        <table>
          <thead>
            <tr>{table.head.map((h) => <th scope="col">{h}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr>{r.map((c, i) => (i === 0 ? <th scope="row">{c}</th> : <td>{c}</td>))}</tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
