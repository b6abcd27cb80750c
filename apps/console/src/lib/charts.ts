import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';

// Only the parts the dashboards draw (bars and doughnuts): Chart.js is tree-shaken to them.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);
Chart.defaults.font.family = 'system-ui, sans-serif';
Chart.defaults.color = '#1b2620';

export const PALETTE = ['#1f5e3b', '#3f8f5f', '#8cc084', '#e0a800', '#c0392b', '#2c6e9b', '#7b5ea7'];

export { Chart, type ChartConfiguration };
