import { randomUUID } from 'node:crypto';
import { InnovationApi, businessDate } from '@asn/contracts';
import { createEvent, publicView, updateWithEvents, withEvents, type OutboxNotify } from '@asn/messaging';
import { type EmployeeDirectory } from '@asn/read-models';
import { assertValid, conflict, currentContext, findPage, loadById, validationFailed } from '@asn/service-kit';
import { canMove, type IdeaStatus } from './lifecycle';
import type { IdeaDoc, ImpactDoc, InnovationModels, ParticipationDoc } from './models';

const MAX_RACE_RETRIES = 5;

/** Ideas, their review lifecycle, launched initiatives, citizen participation and impact. */
export class InnovationDomain {
  constructor(
    private readonly models: InnovationModels,
    private readonly directory: EmployeeDirectory,
    private readonly notify: OutboxNotify,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private today(): string {
    return businessDate(this.clock());
  }

  async submit(input: unknown) {
    assertValid(InnovationApi.SubmitIdeaBody, input, { '/proposerNip': 'NIP_INVALID' });
    const proposer = await this.directory.requireActive(input.proposerNip);
    const id = randomUUID();
    const doc: IdeaDoc = { _id: id, ...input, opd: proposer.opd, status: 'submitted', history: [], submittedOn: this.today(), createdAt: this.clock().toISOString() };
    await this.models.Idea.collection.insertOne(
      withEvents(doc, [createEvent('innovation.idea.submitted', id, { ideaId: id, title: input.title, category: input.category, proposerNip: input.proposerNip, opd: proposer.opd, submittedOn: doc.submittedOn })]) as never,
    );
    this.notify(this.models.Idea, id);
    return this.view(doc, 0);
  }

  private async idea(id: unknown): Promise<IdeaDoc> {
    return loadById<IdeaDoc>(this.models.Idea, id, 'IDEA', 'idea');
  }

  private view(doc: IdeaDoc, citizensReached: number) {
    return { ...publicView(doc), citizensReached };
  }

  /** Citizens reached by an initiative: a $sum over its participation records (no counter to drift). */
  private async citizensReached(ideaIds: string[]): Promise<Map<string, number>> {
    if (ideaIds.length === 0) return new Map();
    const rows = await this.models.Participation.aggregate<{ _id: string; total: number }>([{ $match: { ideaId: { $in: ideaIds } } }, { $group: { _id: '$ideaId', total: { $sum: '$citizens' } } }]);
    return new Map(rows.map((r) => [r._id, r.total]));
  }

  async get(id: unknown) {
    const doc = await this.idea(id);
    return this.view(doc, (await this.citizensReached([doc._id])).get(doc._id) ?? 0);
  }

  async list(query: unknown) {
    const q = { page: 1, pageSize: 20, ...(query as object) } as { status?: string; opd?: string; category?: string; proposerNip?: string; page: number; pageSize: number };
    assertValid(InnovationApi.ListIdeasQuery, q);
    const filter = Object.fromEntries(Object.entries({ status: q.status, opd: q.opd, category: q.category, proposerNip: q.proposerNip }).filter(([, v]) => v !== undefined));
    const { docs, ...page } = await findPage(this.models.Idea, filter, { page: q.page, pageSize: q.pageSize, sort: { createdAt: -1, _id: 1 } });
    const reached = await this.citizensReached(docs.map((d) => d._id));
    return { items: docs.map((d) => this.view(d, reached.get(d._id) ?? 0)), ...page };
  }

  /**
   * Moves an idea along its lifecycle. The write is conditional on the status the decision was
   * made from, so of two conflicting moves one applies and the other is judged again from the
   * new status (and refused if no longer allowed): one consistent state, one event per move.
   */
  async transition(id: unknown, input: unknown, by?: string) {
    assertValid(InnovationApi.TransitionBody, input);
    const actor = by || currentContext()?.actor || 'system';
    for (let attempt = 0; attempt < MAX_RACE_RETRIES; attempt++) {
      const idea = await this.idea(id);
      const from = idea.status;
      const to = input.to as IdeaStatus;
      if (!canMove(from, to)) throw conflict('TRANSITION_NOT_ALLOWED', `An idea cannot move from ${from} to ${to}`);
      const now = this.clock();
      const at = now.toISOString();
      const on = businessDate(now);
      const move = { from, to, by: actor, at, ...(input.note ? { note: input.note } : {}) };
      const events = [createEvent('innovation.idea.status-changed', idea._id, { ideaId: idea._id, opd: idea.opd, proposerNip: idea.proposerNip, from, to, by: actor, on, ...(input.note ? { note: input.note } : {}) })];
      if (to === 'launched') events.push(createEvent('innovation.initiative.launched', idea._id, { ideaId: idea._id, opd: idea.opd, title: idea.title, category: idea.category, launchedOn: on }) as never);
      const res = await this.models.Idea.collection.updateOne(
        { _id: idea._id, status: from } as never,
        updateWithEvents({ $set: { status: to, ...(to === 'launched' ? { launchedOn: on } : {}) }, $push: { history: move } }, events),
      );
      if (res.matchedCount === 1) {
        this.notify(this.models.Idea, idea._id);
        return this.get(idea._id);
      }
    }
    throw conflict('CONCURRENT_MODIFICATION', `Idea ${String(id)} is being changed by others; try again`);
  }

  private async requireInitiative(id: unknown, statuses: IdeaStatus[]): Promise<IdeaDoc> {
    const idea = await this.idea(id);
    if (!statuses.includes(idea.status)) throw conflict('IDEA_NOT_LAUNCHED', `Idea ${idea._id} is ${idea.status}; only a launched initiative records this`);
    return idea;
  }

  async recordParticipation(ideaId: unknown, input: unknown) {
    assertValid(InnovationApi.ParticipationBody, input);
    const idea = await this.requireInitiative(ideaId, ['launched']);
    if (idea.launchedOn && input.on < idea.launchedOn) throw validationFailed([{ path: '/on', message: `must not be before the launch (${idea.launchedOn})` }]);
    if (input.on > this.today()) throw validationFailed([{ path: '/on', message: 'must not be in the future' }]);
    const id = randomUUID();
    const doc: ParticipationDoc = { _id: id, ideaId: idea._id, opd: idea.opd, ...input, createdAt: this.clock().toISOString() };
    await this.models.Participation.collection.insertOne(
      withEvents(doc, [createEvent('innovation.participation.recorded', idea._id, { ideaId: idea._id, participationId: id, opd: idea.opd, ...input })]) as never,
    );
    this.notify(this.models.Participation, id);
    return publicView(doc);
  }

  async reportImpact(ideaId: unknown, input: unknown) {
    assertValid(InnovationApi.ImpactBody, input);
    const idea = await this.requireInitiative(ideaId, ['launched', 'completed']);
    const id = randomUUID();
    const doc: ImpactDoc = { _id: id, ideaId: idea._id, opd: idea.opd, ...input, createdAt: this.clock().toISOString() };
    await this.models.Impact.collection.insertOne(withEvents(doc, [createEvent('innovation.impact.reported', idea._id, { ideaId: idea._id, opd: idea.opd, ...input })]) as never);
    this.notify(this.models.Impact, id);
    return publicView(doc);
  }
}
