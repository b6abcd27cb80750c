import type { CloudEvent } from '@asn/contracts';
import type { OutboxNotify } from '@asn/messaging';
import { Repository } from '@asn/persistence';
import type { IdeaStatus } from '../domain/lifecycle';
import type { IdeaDoc, ImpactDoc, InnovationModels, ParticipationDoc, Transition } from './models';

export interface IdeaFilter {
  status?: string;
  opd?: string;
  category?: string;
  proposerNip?: string;
}

export class IdeaRepository extends Repository<IdeaDoc> {
  submit(doc: IdeaDoc, events: CloudEvent[]) {
    return this.insertWithEvents(doc, events);
  }

  /** Newest first, by any of the catalogue's filters. */
  list(filter: IdeaFilter, page: { page: number; pageSize: number }) {
    const given = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    return this.page(given, { ...page, sort: { createdAt: -1, _id: 1 } });
  }

  /** The move, only if the idea is still in the status it was judged from. */
  move(id: string, from: IdeaStatus, move: Transition, launchedOn: string | undefined, events: CloudEvent[]) {
    return this.updateWithEvents(id, { status: from }, { $set: { status: move.to, ...(launchedOn ? { launchedOn } : {}) }, $push: { history: move } }, events);
  }
}

export class ParticipationRepository extends Repository<ParticipationDoc> {
  record(doc: ParticipationDoc, events: CloudEvent[]) {
    return this.insertWithEvents(doc, events);
  }

  /** Citizens reached per initiative: a $sum over its participation records (no counter to drift). */
  async citizensReached(ideaIds: string[]): Promise<Map<string, number>> {
    if (ideaIds.length === 0) return new Map();
    const rows = await this.aggregate<{ _id: string; total: number }>([{ $match: { ideaId: { $in: ideaIds } } }, { $group: { _id: '$ideaId', total: { $sum: '$citizens' } } }]);
    return new Map(rows.map((r) => [r._id, r.total]));
  }
}

export class ImpactRepository extends Repository<ImpactDoc> {
  report(doc: ImpactDoc, events: CloudEvent[]) {
    return this.insertWithEvents(doc, events);
  }
}

export function innovationRepositories(models: InnovationModels, notify: OutboxNotify) {
  return {
    ideas: new IdeaRepository(models.Idea, notify, { code: 'IDEA', label: 'idea' }),
    participations: new ParticipationRepository(models.Participation, notify, { code: 'PARTICIPATION', label: 'participation record' }),
    impacts: new ImpactRepository(models.Impact, notify, { code: 'IMPACT', label: 'impact report' }),
  };
}
export type InnovationRepositories = ReturnType<typeof innovationRepositories>;
