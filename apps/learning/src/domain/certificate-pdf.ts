import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { certificateCode } from '@asn/contracts';

export interface CertificateContent {
  number: string;
  issuedOn: string;
  employeeName: string;
  nip: string;
  programTitle: string;
  programCode: string;
  jp: number;
  /** The session's dates (the training itself). */
  startsOn: string;
  endsOn: string;
  completedOn: string;
  signer: { title: string; name: string; nip: string };
  /** The public page that says whether this certificate is genuine (its QR code). */
  verificationUrl: string;
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** A WIB calendar date in the long Indonesian form (spec 8.10): `2026-02-04` → `4 Februari 2026`. */
export function longIndonesianDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** The training's dates: one day, or a span (`2 – 6 Maret 2026`, `28 Februari – 3 Maret 2026`). */
export function trainingDates(startsOn: string, endsOn: string): string {
  if (startsOn === endsOn) return longIndonesianDate(startsOn);
  const [a, b] = [longIndonesianDate(startsOn).split(' '), longIndonesianDate(endsOn).split(' ')];
  if (a[2] === b[2] && a[1] === b[1]) return `${a[0]} – ${b.join(' ')}`;
  if (a[2] === b[2]) return `${a[0]} ${a[1]} – ${b.join(' ')}`;
  return `${a.join(' ')} – ${b.join(' ')}`;
}

/** The path of a certificate's verification page: its number as a URL has it (SLTG-2026-000123). */
export const verificationPath = (number: string) => `/verify/${certificateCode(number)}`;

/**
 * Renders a certificate (STTPP, spec 8.10): A4 landscape, Bahasa Indonesia, with the signing
 * official and a QR code to the public verification page. The number is also in the document's
 * metadata (Title, Subject, Keywords) so archives and tests can find it without a text extractor.
 */
export async function renderCertificatePdf(c: CertificateContent): Promise<Buffer> {
  const qr = await QRCode.toBuffer(c.verificationUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 56,
      compress: false,
      info: {
        Title: `Sertifikat ${c.number}`,
        Subject: `${c.programCode} ${c.programTitle}`,
        Author: 'BKPSDM Kota Salatiga',
        Keywords: `${c.number} ${c.nip} ${c.programCode} ${c.verificationUrl}`,
        CreationDate: new Date(`${c.issuedOn}T00:00:00Z`),
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const width = doc.page.width - 112;
    doc.rect(28, 28, doc.page.width - 56, doc.page.height - 56).lineWidth(3).stroke('#1f5e3b');
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(14).fillColor('#1f5e3b').text('PEMERINTAH KOTA SALATIGA', { align: 'center', width });
    doc.font('Helvetica').fontSize(11).fillColor('#333').text('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', { align: 'center', width });
    doc.moveDown(1.2).font('Helvetica-Bold').fontSize(28).fillColor('#111').text('SERTIFIKAT', { align: 'center', width });
    doc.font('Helvetica').fontSize(12).text(`Nomor: ${c.number}`, { align: 'center', width });
    doc.moveDown(1).fontSize(13).text('diberikan kepada', { align: 'center', width });
    doc.moveDown(0.4).font('Helvetica-Bold').fontSize(22).text(c.employeeName, { align: 'center', width });
    doc.font('Helvetica').fontSize(12).text(`NIP ${c.nip}`, { align: 'center', width });
    doc.moveDown(0.8).fontSize(13).text('telah mengikuti dan menyelesaikan pengembangan kompetensi', { align: 'center', width });
    doc.moveDown(0.4).font('Helvetica-Bold').fontSize(16).text(`${c.programTitle} (${c.programCode})`, { align: 'center', width });
    doc.font('Helvetica').fontSize(13).text(`pada tanggal ${trainingDates(c.startsOn, c.endsOn)}, sebanyak ${c.jp} JP`, { align: 'center', width });

    // The signature block on the right, the QR code on the left, at the foot of the page.
    const foot = doc.page.height - 200;
    doc.image(qr, 70, foot, { width: 100 });
    doc.font('Helvetica').fontSize(8).fillColor('#333').text('Pindai untuk memeriksa keaslian:', 70, foot + 104, { width: 220 }).text(c.verificationUrl, { width: 220 });
    const signX = doc.page.width - 330;
    doc.fontSize(11).fillColor('#111').text(`Salatiga, ${longIndonesianDate(c.issuedOn)}`, signX, foot, { width: 260, align: 'center' });
    doc.text(c.signer.title, { width: 260, align: 'center' });
    doc.moveDown(3).font('Helvetica-Bold').text(c.signer.name, { width: 260, align: 'center', underline: true });
    doc.font('Helvetica').text(`NIP ${c.signer.nip}`, { width: 260, align: 'center' });
    doc.end();
  });
}
