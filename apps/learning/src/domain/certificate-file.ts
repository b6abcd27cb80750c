import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import { CERTIFICATE_FILE_MAX_BYTES, type CERTIFICATE_FILE_TYPES } from '@asn/contracts';
import { AppError } from '@asn/service-kit';

export type CertificateFileType = (typeof CERTIFICATE_FILE_TYPES)[number];

export interface CertificateFileInfo {
  fileName: string;
  contentType: CertificateFileType;
  size: number;
  sha256: string;
}

const MAX_MB = CERTIFICATE_FILE_MAX_BYTES / (1024 * 1024);
const EXTENSION: Record<CertificateFileType, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

/** The type a file really is, from its first bytes (what a browser declares proves nothing). */
export function sniffType(bytes: Uint8Array): CertificateFileType | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  return undefined;
}

/** A name safe to store and to offer back for download: no path, no control characters. */
export function safeFileName(declared: string | undefined, type: CertificateFileType): string {
  const base = (declared ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return base || `certificate.${EXTENSION[type]}`;
}

const invalid = (detail: string) => new AppError('CERTIFICATE_FILE_INVALID', 400, detail);

/**
 * Checks a certificate file before anything is stored (issue #15, item 10): a PDF, PNG or JPEG by
 * its content, at most 5 MB, and whole: a PDF must parse down to its first page, an image must have
 * its dimensions and its end marker (a truncated upload has none).
 */
export async function inspectCertificateFile(declaredName: string | undefined, bytes: Buffer): Promise<CertificateFileInfo> {
  if (bytes.length === 0) throw new AppError('CERTIFICATE_FILE_MISSING', 400, 'The certificate file is empty: attach the certificate (PDF, PNG or JPEG)');
  if (bytes.length > CERTIFICATE_FILE_MAX_BYTES) throw new AppError('CERTIFICATE_FILE_TOO_LARGE', 413, `The certificate file is ${(bytes.length / (1024 * 1024)).toFixed(1)} MB; at most ${MAX_MB} MB is accepted`);
  const contentType = sniffType(bytes);
  if (!contentType) throw new AppError('CERTIFICATE_FILE_TYPE', 415, 'The certificate must be a PDF, PNG or JPEG file; this file is none of them');
  if (contentType === 'application/pdf') await assertPdfParses(bytes);
  else assertImageWhole(bytes, contentType);
  return { fileName: safeFileName(declaredName, contentType), contentType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function assertPdfParses(bytes: Buffer): Promise<void> {
  // Loaded on first use: pdf.js is large, and only this path needs it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // A copy: pdf.js takes ownership of (transfers) the buffer it is given.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true, useSystemFonts: false, stopAtErrors: true });
  try {
    const doc = await task.promise;
    if (doc.numPages < 1) throw invalid('The PDF has no pages');
    await doc.getPage(1);
  } catch (err) {
    if (err instanceof AppError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw invalid(`The PDF could not be read (${reason}); upload the certificate as it was issued, not a damaged or partial copy`);
  } finally {
    await task.destroy();
  }
}

function assertImageWhole(bytes: Buffer, type: 'image/png' | 'image/jpeg'): void {
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch (err) {
    throw invalid(`The ${type === 'image/png' ? 'PNG' : 'JPEG'} image could not be read (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!size.width || !size.height) throw invalid('The image has no dimensions');
  // PNG ends with its IEND chunk (and CRC), JPEG with the EOI marker (some writers pad after it).
  const whole = type === 'image/png' ? bytes.subarray(-12).equals(Buffer.from('0000000049454e44ae426082', 'hex')) : bytes.subarray(-64).includes(Buffer.from([0xff, 0xd9]));
  if (!whole) throw invalid(`The ${type === 'image/png' ? 'PNG' : 'JPEG'} image is cut short (no end marker); upload the whole file`);
}
