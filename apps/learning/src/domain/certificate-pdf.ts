import PDFDocument from 'pdfkit';

export interface CertificateContent {
  number: string;
  issuedOn: string;
  employeeName: string;
  nip: string;
  programTitle: string;
  programCode: string;
  jp: number;
  completedOn: string;
}

/**
 * Renders a certificate (A4 landscape). The number is also in the document's metadata (Title,
 * Subject, Keywords) so archives and tests can find it without a PDF text extractor.
 */
export function renderCertificatePdf(c: CertificateContent): Promise<Buffer> {
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
        Keywords: `${c.number} ${c.nip} ${c.programCode}`,
        CreationDate: new Date(`${c.issuedOn}T00:00:00Z`),
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const width = doc.page.width - 112;
    doc.rect(28, 28, doc.page.width - 56, doc.page.height - 56).lineWidth(3).stroke('#1f5e3b');
    doc.moveDown(1.5).font('Helvetica-Bold').fontSize(14).fillColor('#1f5e3b').text('PEMERINTAH KOTA SALATIGA', { align: 'center', width });
    doc.font('Helvetica').fontSize(11).fillColor('#333').text('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', { align: 'center', width });
    doc.moveDown(2).font('Helvetica-Bold').fontSize(30).fillColor('#111').text('SERTIFIKAT', { align: 'center', width });
    doc.font('Helvetica').fontSize(12).text(`Nomor: ${c.number}`, { align: 'center', width });
    doc.moveDown(1.5).fontSize(13).text('diberikan kepada', { align: 'center', width });
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(22).text(c.employeeName, { align: 'center', width });
    doc.font('Helvetica').fontSize(12).text(`NIP ${c.nip}`, { align: 'center', width });
    doc.moveDown(1).fontSize(13).text('telah menyelesaikan pengembangan kompetensi', { align: 'center', width });
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(16).text(`${c.programTitle} (${c.programCode})`, { align: 'center', width });
    doc.font('Helvetica').fontSize(13).text(`sebanyak ${c.jp} JP, selesai ${c.completedOn}`, { align: 'center', width });
    doc.moveDown(2).fontSize(11).text(`Salatiga, ${c.issuedOn}`, { align: 'right', width });
    doc.end();
  });
}
