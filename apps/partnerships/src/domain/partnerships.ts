import { randomUUID } from 'node:crypto';
import { Id, PartnershipsApi, businessDate } from '@asn/contracts';
import { createEvent, publicView, updateWithEvents, withEvents, type OutboxNotify } from '@asn/messaging';
import { type EmployeeDirectory } from '@asn/read-models';
import { assertValid, conflict, findPage, isDuplicateKey, loadById, notFound, orConflict, validationFailed } from '@asn/service-kit';
import type { AgreementDoc, PartnerDoc, PartnershipsModels, PlacementDoc } from './models';


export type AgreementStatus = 'upcoming' | 'active' | 'ended';
export const agreementStatus = (a: Pick<AgreementDoc, 'startsOn' | 'endsOn'>, today: string): AgreementStatus =>
  today < a.startsOn ? 'upcoming' : today > a.endsOn ? 'ended' : 'active';

/** Partner institutions, agreements (MoU/PKS) and placements of employees under them. */
export class PartnershipsDomain {
  constructor(
    private readonly models: PartnershipsModels,
    private readonly directory: EmployeeDirectory,
    private readonly notify: OutboxNotify,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private today(): string {
    return businessDate(this.clock());
  }

  private agreementView = (a: AgreementDoc) => ({ ...publicView(a, ['ended']), status: agreementStatus(a, this.today()) });

  async registerPartner(input: unknown) {
    assertValid(PartnershipsApi.RegisterPartnerBody, input);
    const id = randomUUID();
    const doc: PartnerDoc = { _id: id, ...input, createdAt: this.clock().toISOString() };
    await this.models.Partner.collection.insertOne(withEvents(doc, [createEvent('partnerships.partner.registered', id, { partnerId: id, ...input })]) as never);
    this.notify(this.models.Partner, id);
    return publicView(doc);
  }

  async listPartners(query: unknown) {
    const q = { page: 1, pageSize: 20, ...(query as object) } as { kind?: string; page: number; pageSize: number };
    assertValid(PartnershipsApi.ListPartnersQuery, q);
    const { docs, ...page } = await findPage(this.models.Partner, q.kind ? { kind: q.kind } : {}, { page: q.page, pageSize: q.pageSize, sort: { name: 1 } });
    return { items: docs.map((d) => publicView(d)), ...page };
  }

  private async partner(id: unknown): Promise<PartnerDoc> {
    return loadById<PartnerDoc>(this.models.Partner, id, 'PARTNER', 'partner');
  }

  async signAgreement(partnerId: unknown, input: unknown) {
    assertValid(PartnershipsApi.SignAgreementBody, input);
    if (input.endsOn < input.startsOn) throw validationFailed([{ path: '/endsOn', message: 'must not be before startsOn' }]);
    const partner = await this.partner(partnerId);
    const id = randomUUID();
    const doc: AgreementDoc = { _id: id, partnerId: partner._id, ...input, ended: false, createdAt: this.clock().toISOString() };
    await orConflict(this.models.Agreement.collection.insertOne(withEvents(doc, [createEvent('partnerships.agreement.signed', id, { agreementId: id, partnerId: partner._id, ...input })]) as never), () =>
      conflict('AGREEMENT_NUMBER_TAKEN', `Agreement number ${input.number} is already used`),
    );
    this.notify(this.models.Agreement, id);
    return this.agreementView(doc);
  }

  async listAgreements(query: unknown) {
    const q = { page: 1, pageSize: 20, ...(query as object) } as { partnerId?: string; status?: AgreementStatus; page: number; pageSize: number };
    assertValid(PartnershipsApi.ListAgreementsQuery, q);
    const today = this.today();
    const filter: Record<string, unknown> = {};
    if (q.partnerId) filter.partnerId = q.partnerId;
    // Status is a function of the dates and today: filter on the dates.
    if (q.status === 'upcoming') filter.startsOn = { $gt: today };
    if (q.status === 'active') Object.assign(filter, { startsOn: { $lte: today }, endsOn: { $gte: today } });
    if (q.status === 'ended') filter.endsOn = { $lt: today };
    const { docs, ...page } = await findPage(this.models.Agreement, filter, { page: q.page, pageSize: q.pageSize, sort: { startsOn: -1, number: 1 } });
    return { items: docs.map(this.agreementView), ...page };
  }

  private async agreement(id: unknown): Promise<AgreementDoc> {
    return loadById<AgreementDoc>(this.models.Agreement, id, 'AGREEMENT', 'agreement');
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
    let id: string = randomUUID();
    if (input.kind === 'degree') {
      try {
        await this.models.DegreeHolder.collection.insertOne({ _id: input.nip, placementId: id } as never);
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        const holder = await this.models.DegreeHolder.findById(input.nip).lean<{ placementId: string }>();
        const existing = holder && (await this.models.Placement.findById(holder.placementId).lean<PlacementDoc>());
        if (existing || !holder) throw conflict('DEGREE_PLACEMENT_OPEN', `Employee ${input.nip} already has an open degree placement`);
        id = holder.placementId; // an earlier attempt died after claiming: finish it
      }
    }
    const doc: PlacementDoc = { _id: id, agreementId: agreement._id, partnerId: agreement.partnerId, nip: input.nip, opd: employee.opd, kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn, jp: input.jp, status: 'open', createdAt: this.clock().toISOString() };
    try {
      await this.models.Placement.collection.insertOne(
        withEvents(doc, [createEvent('partnerships.placement.started', id, { placementId: id, agreementId: agreement._id, partnerId: agreement.partnerId, nip: input.nip, opd: employee.opd, kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn, jp: input.jp })]) as never,
      );
    } catch (err) {
      // Two requests finishing the same claimed degree placement: the first one wins.
      if (isDuplicateKey(err)) throw conflict('DEGREE_PLACEMENT_OPEN', `Employee ${input.nip} already has an open degree placement`);
      throw err;
    }
    this.notify(this.models.Placement, id);
    return publicView(doc);
  }

  async completePlacement(placementId: unknown, input: unknown) {
    assertValid(PartnershipsApi.CompletePlacementBody, input);
    assertValid(Id, placementId, { '/': 'PLACEMENT_ID_INVALID' });
    const p = await this.models.Placement.findById(placementId).lean<PlacementDoc>();
    if (!p) throw notFound('PLACEMENT_NOT_FOUND', `No placement ${placementId}`);
    if (p.status === 'completed') throw conflict('PLACEMENT_COMPLETED', `Placement ${p._id} is already completed`);
    if (input.completedOn < p.startsOn) throw validationFailed([{ path: '/completedOn', message: 'must not be before the placement starts' }]);
    if (input.completedOn > this.today()) throw validationFailed([{ path: '/completedOn', message: 'must not be in the future' }]);
    const res = await this.models.Placement.collection.updateOne(
      { _id: p._id, status: 'open' } as never,
      updateWithEvents({ $set: { status: 'completed', completedOn: input.completedOn } }, [
        createEvent('partnerships.placement.completed', p._id, { placementId: p._id, agreementId: p.agreementId, partnerId: p.partnerId, nip: p.nip, opd: p.opd, kind: p.kind, jp: p.jp, completedOn: input.completedOn }),
      ]),
    );
    if (res.matchedCount === 0) throw conflict('PLACEMENT_COMPLETED', `Placement ${p._id} is already completed`);
    if (p.kind === 'degree') await this.models.DegreeHolder.collection.deleteOne({ _id: p.nip, placementId: p._id } as never);
    this.notify(this.models.Placement, p._id);
    return publicView({ ...p, status: 'completed' as const, completedOn: input.completedOn });
  }

  async listPlacements(query: unknown) {
    assertValid(PartnershipsApi.ListPlacementsQuery, query);
    const filter = Object.fromEntries(Object.entries(query as object).filter(([, v]) => v !== undefined));
    const docs = await this.models.Placement.find(filter).sort({ startsOn: 1 }).lean<PlacementDoc[]>();
    return { items: docs.map((d) => publicView(d)) };
  }

  /**
   * Ends every agreement past its end date: one conditional write per agreement sets `ended` with
   * its event, so each `agreement.ended` is emitted once, also across restarts and instances.
   */
  async endExpiredAgreements(): Promise<number> {
    const today = this.today();
    const expired = await this.models.Agreement.find({ ended: false, endsOn: { $lt: today } }).lean<AgreementDoc[]>();
    let ended = 0;
    for (const a of expired) {
      const res = await this.models.Agreement.collection.updateOne(
        { _id: a._id, ended: false } as never,
        updateWithEvents({ $set: { ended: true } }, [createEvent('partnerships.agreement.ended', a._id, { agreementId: a._id, partnerId: a.partnerId, number: a.number, endedOn: a.endsOn })]),
      );
      ended += res.modifiedCount;
      if (res.modifiedCount > 0) this.notify(this.models.Agreement, a._id);
    }
    return ended;
  }
}
