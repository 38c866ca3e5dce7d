/**
 * The charts of the printable publicity report (/api/v1/admin/…/publicity?format=html), drawn with
 * Chart.js from the figures the page embeds as JSON; this page is the only one that loads Chart.js.
 * Only the parts used are registered, so the bundle carries no unused chart types. No animation: the
 * page is printed, and a print must show the finished chart.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import type { ChartData } from '../reports/publicity-page.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
);
Chart.defaults.font.family = '"Times New Roman", Times, serif';
Chart.defaults.color = '#000';

const RED = '#a50e0e';
const GREY = '#5c5c5c';
const PERCENT = { min: 0, max: 100, ticks: { callback: (v: string | number) => `${v}%` } };

function draw(id: string, config: ChartConfiguration) {
  const canvas = document.getElementById(id);
  if (!(canvas instanceof HTMLCanvasElement)) return;
  new Chart(canvas, {
    ...config,
    options: { animation: false, responsive: true, maintainAspectRatio: false, devicePixelRatio: 2, ...config.options },
  });
}

const data = JSON.parse(document.getElementById('report-data')?.textContent ?? '{}') as ChartData;
if (data.trend)
  draw('chart-trend', {
    type: 'line',
    data: {
      labels: data.trend.labels,
      datasets: [{ label: data.trend.label, data: data.trend.rate, borderColor: RED, backgroundColor: RED }],
    },
    options: { scales: { y: PERCENT } },
  });
if (data.reach)
  draw('chart-reach', {
    type: 'bar',
    data: {
      labels: data.reach.labels,
      datasets: [
        { label: data.reach.names[0], data: data.reach.impressions, backgroundColor: GREY, maxBarThickness: 18 },
        { label: data.reach.names[1], data: data.reach.clicks, backgroundColor: RED, maxBarThickness: 18 },
      ],
    },
    options: { indexAxis: 'y' },
  });
if (data.wards)
  draw('chart-wards', {
    type: 'bar',
    data: {
      labels: data.wards.labels,
      datasets: [{ label: data.wards.label, data: data.wards.rate, backgroundColor: RED, maxBarThickness: 18 }],
    },
    options: { indexAxis: 'y', scales: { x: PERCENT } },
  });

// Charts take the printed page's width before printing, and the screen's after.
const resize = () => {
  for (const chart of Object.values(Chart.instances)) chart.resize();
};
window.addEventListener('beforeprint', resize);
window.addEventListener('afterprint', resize);
document.getElementById('print')?.addEventListener('click', () => window.print());
