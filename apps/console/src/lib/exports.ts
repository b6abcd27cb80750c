// Files people can open: Excel workbooks (exceljs) and PDFs (jsPDF), made in the browser from what
// the API answered. Loaded on demand (import()), so the first page stays small.
import type { NeedsPlan } from './types';

export interface Table {
  head: string[];
  rows: (string | number)[][];
}

/** Hands a made file to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook() {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Konsol ASN Kota Salatiga';
  wb.created = new Date();
  return wb;
}

type Sheet = Awaited<ReturnType<typeof workbook>>['worksheets'][number];

function fill(sheet: Sheet, table: Table, title?: string) {
  if (title) {
    sheet.addRow([title]).font = { bold: true, size: 13 };
    sheet.addRow([]);
  }
  const head = sheet.addRow(table.head);
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3EFE8' } }));
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((col, k) => (col.width = Math.min(60, Math.max(10, ...[table.head[k] ?? '', ...table.rows.map((r) => String(r[k] ?? ''))].map((v) => v.length + 2)))));
  sheet.views = [{ state: 'frozen', ySplit: title ? 3 : 1 }];
}

/** One sheet of a list page (employees, enrolments, JP per employee). */
export async function tableWorkbook(sheetName: string, table: Table): Promise<Blob> {
  const wb = await workbook();
  fill(wb.addWorksheet(sheetName.slice(0, 31)), table);
  return new Blob([await wb.xlsx.writeBuffer()], { type: XLSX });
}

/** The needs plan rows of one OPD, and its totals. */
export function planTable(plan: NeedsPlan, labels: PlanLabels): Table & { totals: (string | number)[] } {
  const rows = plan.entries.map((e) => [e.nip, e.name, e.gaps.map((g) => `${g.code} (${g.currentLevel}→${g.requiredLevel})`).join(', '), e.recommendedPrograms.map((p) => `${p.title} (${p.code})`).join('; '), Number(e.jpMissing)]);
  const gaps = plan.entries.reduce((s, e) => s + e.gaps.length, 0);
  const jp = plan.entries.reduce((s, e) => s + Number(e.jpMissing), 0);
  return { head: labels.head, rows, totals: [labels.total, `${plan.entries.length} ${labels.employees}`, `${gaps} ${labels.gaps}`, '', jp] };
}

export interface PlanLabels {
  title: (opd: string, year: number) => string;
  head: string[];
  total: string;
  employees: string;
  gaps: string;
}

/** The needs plans of one or more OPDs: one sheet per OPD, each with its totals row. */
export async function planWorkbook(plans: NeedsPlan[], labels: PlanLabels): Promise<Blob> {
  const wb = await workbook();
  for (const plan of plans) {
    const sheet = wb.addWorksheet(plan.opd.slice(0, 31));
    const table = planTable(plan, labels);
    fill(sheet, table, labels.title(plan.opd, plan.year));
    sheet.addRow(table.totals).font = { bold: true };
  }
  return new Blob([await wb.xlsx.writeBuffer()], { type: XLSX });
}

/** The needs plan of an OPD as a PDF (A4 landscape), with its totals. */
export async function planPdf(plan: NeedsPlan, labels: PlanLabels): Promise<Blob> {
  const [{ jsPDF }, { autoTable }] = await Promise.all([import('jspdf'), import('jspdf-autotable')]);
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4' });
  doc.setProperties({ title: labels.title(plan.opd, plan.year), creator: 'Konsol ASN Kota Salatiga' });
  doc.setFontSize(14);
  doc.text(labels.title(plan.opd, plan.year), 40, 40);
  const table = planTable(plan, labels);
  autoTable(doc, { head: [table.head], body: table.rows.map((r) => r.map(String)), foot: [table.totals.map(String)], startY: 56, styles: { fontSize: 8 }, headStyles: { fillColor: [31, 94, 59] }, footStyles: { fillColor: [227, 239, 232], textColor: 20 } });
  return doc.output('blob');
}
