import { counter, givenFields, pageOf, type ServiceHandlers } from '@asn/service-kit';
import { renderCertificatePdf, verificationPath } from '../domain/certificate-pdf';
import type { ExternalLearningDomain } from '../domain/external-learning';
import { toExternalLearning } from '../domain/external-learning';
import type { LearningDomain } from '../domain/learning';
import { toProgram } from '../domain/learning';

/** gRPC (learning.proto) → domain. */
export interface CertificateSettings {
  signer: { title: string; name: string; nip: string };
  verifyBaseUrl: string;
}

export function learningHandlers(domain: LearningDomain, external: ExternalLearningDomain, certificates: CertificateSettings): ServiceHandlers<'learning'> {
  // Rendering is the costly part of a certificate: counted, so that it can be seen happening only
  // for callers allowed to have it (the gateway asks GetCertificateHolder first).
  const rendered = counter('certificate_pdfs_rendered_total', 'Certificate PDFs rendered');
  return {
    PublishProgram: (req) => domain.publishProgram(givenFields({ code: req.code, title: req.title, category: req.category, mode: req.mode, jp: req.jp, competencies: req.competencies, partnerId: req.partnerId })),
    GetProgram: async (req) => toProgram(await domain.program(req.id)),
    ListPrograms: (req) => domain.listPrograms({ ...givenFields({ category: req.category, q: req.q }), ...pageOf(req.page) }),
    ReviseProgram: (req) => domain.reviseProgram(req.programId, givenFields({ summary: req.summary })),
    ScheduleSession: (req) => domain.scheduleSession(req.programId, givenFields({ startsOn: req.startsOn, endsOn: req.endsOn, capacity: req.capacity, location: req.location })),
    ListSessions: (req) => domain.listSessions(req.programId, pageOf(req.page)),
    Enroll: (req) => domain.enroll(req.sessionId, givenFields({ nip: req.nip })),
    CancelEnrollment: (req) => domain.cancel(req.enrollmentId, givenFields({ reason: req.reason })),
    CompleteEnrollment: (req) =>
      domain.complete(req.enrollmentId, { attendedJp: req.attendedJp, preTestScore: req.preTestScore, postTestScore: req.postTestScore, passed: req.passed, ...givenFields({ completedOn: req.completedOn }) }),
    GetLearningHistory: (req) => domain.history(req.nip),
    ListEnrollments: (req) => domain.enrollmentsOf(req.sessionId, req.opd || undefined),
    GetCertificateHolder: (req) => domain.certificateHolder(req.certificateId),
    GetCertificateVerification: (req) => domain.verifyCertificate(req.number),
    GetCertificatePdf: async (req) => {
      const c = await domain.certificate(req.certificateId);
      rendered.inc();
      const pdf = await renderCertificatePdf({
        number: c.certificate.number,
        issuedOn: c.certificate.issuedOn,
        employeeName: c.employeeName,
        nip: c.enrollment.nip,
        programTitle: c.program.title,
        programCode: c.program.code,
        jp: c.completion.attendedJp,
        startsOn: c.session.startsOn,
        endsOn: c.session.endsOn,
        completedOn: c.completion.completedOn,
        signer: certificates.signer,
        verificationUrl: `${certificates.verifyBaseUrl}${verificationPath(c.certificate.number)}`,
      });
      return { certificateId: c.certificate.id, number: c.certificate.number, pdf, nip: c.enrollment.nip };
    },
    ReportExternalLearning: (req) =>
      external.report(req.nip, givenFields({ title: req.title, kind: req.kind, provider: req.provider, jp: req.jp, completedOn: req.completedOn }), { fileName: req.fileName || undefined, content: req.file }),
    DecideExternalLearning: (req) => external.decide(req.id, givenFields({ decision: req.decision, reason: req.reason })),
    GetExternalLearning: async (req) => toExternalLearning(await external.get(req.id)),
    ListExternalLearning: (req) => external.list({ ...givenFields({ nip: req.nip, opd: req.opd, status: req.status }), ...pageOf(req.page) }),
    GetExternalLearningFile: (req) => external.file(req.id),
  };
}
