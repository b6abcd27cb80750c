import type { CloudEvent } from '@asn/contracts';
import type { OutboxNotify } from '@asn/messaging';
import { Repository } from '@asn/persistence';
import { conflict, isDuplicateKey } from '@asn/service-kit';
import type { AgreementDoc, PartnerDoc, PartnershipsModels, PlacementDoc } from './models';

type Page = { page: number; pageSize: number };

export class PartnerRepository extends Repository<PartnerDoc> {
  register(doc: PartnerDoc, events: CloudEvent[]) {
    return this.insertWithEvents(doc, events);
  }

  /** By name, perhaps of one kind. */
  list(kind: string | undefined, page: Page) {
    return this.page(kind ? { kind } : {}, { ...page, sort: { name: 1 } });
  }
}

export class AgreementRepository extends Repository<AgreementDoc> {
  sign(doc: AgreementDoc, events: CloudEvent[]) {
    return this.insertWithEvents(doc, events, () => conflict('AGREEMENT_NUMBER_TAKEN', `Agreement number ${doc.number} is already used`));
  }

  /** Newest first; the status is a function of the dates and today, so it filters on the dates. */
  list(filter: { partnerId?: string; status?: 'upcoming' | 'active' | 'ended' }, today: string, page: Page) {
    const query: Record<string, unknown> = {};
    if (filter.partnerId) query.partnerId = filter.partnerId;
    if (filter.status === 'upcoming') query.startsOn = { $gt: today };
    if (filter.status === 'active') Object.assign(query, { startsOn: { $lte: today }, endsOn: { $gte: today } });
    if (filter.status === 'ended') query.endsOn = { $lt: today };
    return this.page(query, { ...page, sort: { startsOn: -1, number: 1 } });
  }

  /** Agreements past their end date not yet marked ended. */
  expiredBefore(today: string) {
    return this.findMany({ ended: false, endsOn: { $lt: today } });
  }

  /** Marks an agreement ended, once: answers false when another writer already did. */
  end(id: string, events: CloudEvent[]) {
    return this.updateWithEvents(id, { ended: false }, { $set: { ended: true } }, events);
  }
}

export class PlacementRepository extends Repository<PlacementDoc> {
  start(doc: PlacementDoc, events: CloudEvent[]) {
    // Two requests finishing the same claimed degree placement: the first one wins.
    return this.insertWithEvents(doc, events, () => conflict('DEGREE_PLACEMENT_OPEN', `Employee ${doc.nip} already has an open degree placement`));
  }

  /** Completes an open placement: answers false when it was completed meanwhile. */
  complete(id: string, completedOn: string, events: CloudEvent[]) {
    return this.updateWithEvents(id, { status: 'open' }, { $set: { status: 'completed', completedOn } }, events);
  }

  /** An employee's placements by start date (every profile reads them), grouped under load. */
  private readonly ofEmployee = this.groupedFinder('nip', { sort: { startsOn: 1 } });

  /** By start date, filtered by any of nip, opd, status. */
  list(filter: { nip?: string; opd?: string; status?: string }) {
    const given = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    if (filter.nip && Object.keys(given).length === 1) return this.ofEmployee(filter.nip);
    return this.findMany(given, { sort: { startsOn: 1 } });
  }
}

interface DegreeHolderDoc {
  _id: string;
  placementId: string;
}

/** An employee's one open degree placement: a document keyed by NIP, claimed before the placement is written. */
export class DegreeHolderRepository extends Repository<DegreeHolderDoc> {
  /** Claims the NIP for a placement id; answers the placement id of an existing claim instead, if any. */
  async claim(nip: string, placementId: string): Promise<{ claimed: true } | { claimed: false; placementId: string | undefined }> {
    try {
      await this.insertPlain({ _id: nip, placementId });
      return { claimed: true };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      return { claimed: false, placementId: (await this.find(nip))?.placementId };
    }
  }

  /** Frees the NIP once its degree placement completed. */
  release(nip: string, placementId: string) {
    return this.deleteIf(nip, { placementId });
  }
}

export function partnershipsRepositories(models: PartnershipsModels, notify: OutboxNotify) {
  return {
    partners: new PartnerRepository(models.Partner, notify, { code: 'PARTNER', label: 'partner' }),
    agreements: new AgreementRepository(models.Agreement, notify, { code: 'AGREEMENT', label: 'agreement' }),
    placements: new PlacementRepository(models.Placement, notify, { code: 'PLACEMENT', label: 'placement' }),
    degreeHolders: new DegreeHolderRepository(models.DegreeHolder, notify, { code: 'DEGREE_HOLDER', label: 'degree holder' }),
  };
}
export type PartnershipsRepositories = ReturnType<typeof partnershipsRepositories>;
