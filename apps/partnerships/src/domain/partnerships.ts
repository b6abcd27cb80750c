import { PartnershipsApi, businessDate } from '@asn/contracts';
import { createEvent, publicView } from '@asn/messaging';
import { type EmployeeDirectory } from '@asn/read-models';
import { assertValid, newAggregateId, writtenByThisRequest, conflict, validationFailed } from '@asn/service-kit';
import type { AgreementDoc, PartnerDoc, PlacementDoc } from '../persistence/models';
import type { PartnershipsRepositories } from '../persistence/repositories';

export type AgreementStatus = 'upcoming' | 'active' | 'ended';
export const agreementStatus = (a: Pick<AgreementDoc, 'startsOn' | 'endsOn'>, today: string): AgreementStatus =>
  today < a.startsOn ? 'upcoming' : today > a.endsOn ? 'ended' : 'active';

/** Partner institutions, agreements (MoU/PKS) and placements of employees under them. */
export class PartnershipsDomain {
  constructor(
    private readonly store: PartnershipsRepositories,
    private readonly directory: EmployeeDirectory,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private today(): string {
    return businessDate(this.clock());
  }

  private agreementView = (a: AgreementDoc) => ({ ...publicView(a, ['ended']), status: agreementStatus(a, this.today()) });

  async registerPartner(input: unknown) {
    assertValid(PartnershipsApi.RegisterPartnerBody, input);
    const id = newAggregateId();
    const doc: PartnerDoc = { _id: id, ...input, createdAt: this.clock().toISOString() };
    return publicView(await this.store.partners.register(doc, [createEvent('partnerships.partner.registered', id, { partnerId: id, ...input })]));
  }

  async listPartners(query: unknown) {
    const q = { page: 1, pageSize: 20, ...(query as object) } as { kind?: string; page: number; pageSize: number };
    assertValid(PartnershipsApi.ListPartnersQuery, q);
    const { docs, ...page } = await this.store.partners.list(q.kind, { page: q.page, pageSize: q.pageSize });
    return { items: docs.map((d) => publicView(d)), ...page };
  }

  private partner(id: unknown): Promise<PartnerDoc> {
    return this.store.partners.get(id);
  }

  async signAgreement(partnerId: unknown, input: unknown) {
    assertValid(PartnershipsApi.SignAgreementBody, input);
    if (input.endsOn < input.startsOn) throw validationFailed([{ path: '/endsOn', message: 'must not be before startsOn' }]);
    const partner = await this.partner(partnerId);
    const id = newAggregateId();
    const doc: AgreementDoc = { _id: id, partnerId: partner._id, ...input, ended: false, createdAt: this.clock().toISOString() };
    return this.agreementView(await this.store.agreements.sign(doc, [createEvent('partnerships.agreement.signed', id, { agreementId: id, partnerId: partner._id, ...input })]));
  }

  async listAgreements(query: unknown) {
    const q = { page: 1, pageSize: 20, ...(query as object) } as { partnerId?: string; status?: AgreementStatus; page: number; pageSize: number };
    assertValid(PartnershipsApi.ListAgreementsQuery, q);
    const { docs, ...page } = await this.store.agreements.list({ partnerId: q.partnerId, status: q.status }, this.today(), { page: q.page, pageSize: q.pageSize });
    return { items: docs.map(this.agreementView), ...page };
  }

  private agreement(id: unknown): Promise<AgreementDoc> {
    return this.store.agreements.get(id);
  }

  /**
   * Places an active employee under an agreement active on the placement's start date. An
   * employee has at most one open degree placement: the `degree_holders` document keyed by NIP is
   * inserted first (unique _id), and carries the placement id so a retried request can finish.
   */
  async startPlacement(agreementId: unknown, input: unknown) {
    assertValid(PartnershipsApi.StartPlacementBody, input);
    if (input.endsOn < input.startsOn) throw validationFailed([{ path: '/endsOn', message: 'must not be before startsOn' }]);
    const agreement = await this.agreement(agreementId);
    if (input.startsOn < agreement.startsOn || input.startsOn > agreement.endsOn) {
      throw conflict('AGREEMENT_NOT_ACTIVE', `Agreement ${agreement.number} is not active on ${input.startsOn} (${agreement.startsOn} to ${agreement.endsOn})`);
    }
    const employee = await this.directory.requireActive(input.nip);
    let id: string = newAggregateId();
    if (input.kind === 'degree') {
      const claim = await this.store.degreeHolders.claim(input.nip, id);
      if (!claim.claimed) {
        const existing = claim.placementId && (await this.store.placements.find(claim.placementId));
        if (existing || !claim.placementId) throw conflict('DEGREE_PLACEMENT_OPEN', `Employee ${input.nip} already has an open degree placement`);
        id = claim.placementId; // an earlier attempt died after claiming: finish it
      }
    }
    const doc: PlacementDoc = { _id: id, agreementId: agreement._id, partnerId: agreement.partnerId, nip: input.nip, opd: employee.opd, kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn, jp: input.jp, status: 'open', createdAt: this.clock().toISOString() };
    const stored = await this.store.placements.start(doc, [
      createEvent('partnerships.placement.started', id, { placementId: id, agreementId: agreement._id, partnerId: agreement.partnerId, nip: input.nip, opd: employee.opd, kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn, jp: input.jp }),
    ]);
    return publicView(stored);
  }

  async completePlacement(placementId: unknown, input: unknown) {
    assertValid(PartnershipsApi.CompletePlacementBody, input);
    const p = await this.store.placements.get(placementId);
    if (p.status === 'completed') {
      if (writtenByThisRequest(p)) return publicView(p); // this very completion, run again after its answer was lost
      throw conflict('PLACEMENT_COMPLETED', `Placement ${p._id} is already completed`);
    }
    if (input.completedOn < p.startsOn) throw validationFailed([{ path: '/completedOn', message: 'must not be before the placement starts' }]);
    if (input.completedOn > this.today()) throw validationFailed([{ path: '/completedOn', message: 'must not be in the future' }]);
    const completed = await this.store.placements.complete(p._id, input.completedOn, [
      createEvent('partnerships.placement.completed', p._id, { placementId: p._id, agreementId: p.agreementId, partnerId: p.partnerId, nip: p.nip, opd: p.opd, kind: p.kind, jp: p.jp, completedOn: input.completedOn }),
    ]);
    if (!completed) throw conflict('PLACEMENT_COMPLETED', `Placement ${p._id} is already completed`);
    if (p.kind === 'degree') await this.store.degreeHolders.release(p.nip, p._id);
    return publicView({ ...p, status: 'completed' as const, completedOn: input.completedOn });
  }

  async listPlacements(query: unknown) {
    assertValid(PartnershipsApi.ListPlacementsQuery, query);
    const docs = await this.store.placements.list(query);
    return { items: docs.map((d) => publicView(d)) };
  }

  /**
   * Ends every agreement past its end date: one conditional write per agreement sets `ended` with
   * its event, so each `agreement.ended` is emitted once, also across restarts and instances.
   */
  async endExpiredAgreements(): Promise<number> {
    const today = this.today();
    let ended = 0;
    for (const a of await this.store.agreements.expiredBefore(today)) {
      if (await this.store.agreements.end(a._id, [createEvent('partnerships.agreement.ended', a._id, { agreementId: a._id, partnerId: a.partnerId, number: a.number, endedOn: a.endsOn })])) ended++;
    }
    return ended;
  }
}
