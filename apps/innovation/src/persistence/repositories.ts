import type { CloudEvent } from '@asn/contracts';
import type { OutboxNotify } from '@asn/messaging';
import { Repository, type AggregateNames } from '@asn/persistence';
import { slicePage, VersionedCache } from '@asn/service-kit';
import type { Model } from 'mongoose';
import type { IdeaStatus } from '../domain/lifecycle';
import type { IdeaDoc, ImpactDoc, InnovationModels, ParticipationDoc, Transition } from './models';

export interface IdeaFilter {
  status?: string;
  opd?: string;
  category?: string;
  proposerNip?: string;
}

/** The version key of the idea register (in the versions collection). */
const REGISTER = 'ideas';

/** Every idea, newest first, and the citizens each initiative reached. */
interface IdeaRegister {
  newestFirst: IdeaDoc[];
  reached: Map<string, number>;
}

/**
 * The idea register in memory: the city collects some hundred ideas a year, and a list by OPD,
 * status, category or proposer read every one of them twice on FerretDB (its find and its count;
 * issue #13). Every write of an idea or of a participation record bumps the register's version
 * after it (see VersionedCache), so a list costs one lookup by `_id` while nothing changed.
 */
class IdeaRegisterCache {
  private readonly cache: VersionedCache<IdeaRegister>;

  constructor(models: InnovationModels, load: () => Promise<IdeaRegister>, maxLagMs: number) {
    this.cache = new VersionedCache(() => models.Version.collection, load, { maxLagMs });
  }

  get(): Promise<IdeaRegister> {
    return this.cache.get(REGISTER);
  }

  /** Runs a write of an idea or participation record, then bumps the register (see VersionedCache.bumpAfter). */
  changing<T>(write: () => Promise<T>): Promise<T> {
    return this.cache.bumpAfter(REGISTER, write);
  }
}

export class IdeaRepository extends Repository<IdeaDoc> {
  constructor(model: Model<IdeaDoc>, notify: OutboxNotify, names: AggregateNames, private readonly register: IdeaRegisterCache) {
    super(model, notify, names);
  }

  submit(doc: IdeaDoc, events: CloudEvent[]) {
    return this.register.changing(() => this.insertWithEvents(doc, events));
  }

  /** Newest first, by any of the catalogue's filters (equal values, as the store would match them). */
  async list(filter: IdeaFilter, page: { page: number; pageSize: number }) {
    const given = Object.entries(filter).filter(([, v]) => v !== undefined) as [keyof IdeaFilter, string][];
    const { newestFirst } = await this.register.get();
    return slicePage(given.length === 0 ? newestFirst : newestFirst.filter((d) => given.every(([k, v]) => d[k] === v)), page.page, page.pageSize);
  }

  /** The move, only if the idea is still in the status it was judged from. */
  move(id: string, from: IdeaStatus, move: Transition, launchedOn: string | undefined, events: CloudEvent[]) {
    return this.register.changing(() => this.updateWithEvents(id, { status: from }, { $set: { status: move.to, ...(launchedOn ? { launchedOn } : {}) }, $push: { history: move } }, events));
  }

  /** Every idea, newest first: what the register loads. */
  newestFirst() {
    return this.findMany({}, { sort: { createdAt: -1, _id: 1 } });
  }
}

export class ParticipationRepository extends Repository<ParticipationDoc> {
  constructor(model: Model<ParticipationDoc>, notify: OutboxNotify, names: AggregateNames, private readonly register: IdeaRegisterCache) {
    super(model, notify, names);
  }

  record(doc: ParticipationDoc, events: CloudEvent[]) {
    return this.register.changing(() => this.insertWithEvents(doc, events));
  }

  /** Citizens reached per initiative (0 for one without records), from the register. */
  async citizensReached(ideaIds: string[]): Promise<Map<string, number>> {
    const { reached } = await this.register.get();
    return new Map(ideaIds.map((id) => [id, reached.get(id) ?? 0]));
  }

  /** Citizens reached per initiative: a $sum over its participation records (no counter to drift); what the register loads. */
  async reachedByIdea(): Promise<Map<string, number>> {
    const rows = await this.aggregate<{ _id: string; total: number }>([{ $group: { _id: '$ideaId', total: { $sum: '$citizens' } } }]);
    return new Map(rows.map((r) => [r._id, r.total]));
  }
}

export class ImpactRepository extends Repository<ImpactDoc> {
  report(doc: ImpactDoc, events: CloudEvent[]) {
    return this.insertWithEvents(doc, events);
  }
}

/** `readModelMaxLagMs`: READ_MODEL_MAX_LAG_MS, for the idea register (see VersionedCache). */
export function innovationRepositories(models: InnovationModels, notify: OutboxNotify, readModelMaxLagMs: number) {
  // The register loads through the repositories below (called only after they exist).
  const register: IdeaRegisterCache = new IdeaRegisterCache(models, async () => {
    const [newestFirst, reached] = await Promise.all([repositories.ideas.newestFirst(), repositories.participations.reachedByIdea()]);
    return { newestFirst, reached };
  }, readModelMaxLagMs);
  const repositories = {
    ideas: new IdeaRepository(models.Idea, notify, { code: 'IDEA', label: 'idea' }, register),
    participations: new ParticipationRepository(models.Participation, notify, { code: 'PARTICIPATION', label: 'participation record' }, register),
    impacts: new ImpactRepository(models.Impact, notify, { code: 'IMPACT', label: 'impact report' }),
  };
  return repositories;
}
export type InnovationRepositories = ReturnType<typeof innovationRepositories>;
