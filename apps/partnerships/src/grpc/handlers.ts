import { givenFields, pageOf, type ServiceHandlers } from '@asn/service-kit';
import type { PartnershipsDomain } from '../domain/partnerships';

/** gRPC (partnerships.proto) → domain. */
export function partnershipsHandlers(domain: PartnershipsDomain): ServiceHandlers<'partnerships'> {
  return {
    RegisterPartner: (req) => domain.registerPartner(givenFields({ name: req.name, kind: req.kind, city: req.city })),
    ListPartners: (req) => domain.listPartners({ ...givenFields({ kind: req.kind }), ...pageOf(req.page) }),
    SignAgreement: (req) => domain.signAgreement(req.partnerId, givenFields({ number: req.number, title: req.title, scope: req.scope, startsOn: req.startsOn, endsOn: req.endsOn })),
    ListAgreements: (req) => domain.listAgreements({ ...givenFields({ partnerId: req.partnerId, status: req.status }), ...pageOf(req.page) }),
    StartPlacement: (req) => domain.startPlacement(req.agreementId, givenFields({ nip: req.nip, kind: req.kind, startsOn: req.startsOn, endsOn: req.endsOn, jp: req.jp })),
    CompletePlacement: (req) => domain.completePlacement(req.placementId, givenFields({ completedOn: req.completedOn })),
    ListPlacements: (req) => domain.listPlacements(givenFields({ nip: req.nip, opd: req.opd, status: req.status })),
  };
}
