import { InnovationApi, businessDate, type CloudEvent } from '@asn/contracts';
import { createEvent, publicView } from '@asn/messaging';
import { type EmployeeDirectory } from '@asn/read-models';
import { assertValid, newAggregateId, conflict, currentContext, validationFailed } from '@asn/service-kit';
import { canMove, type IdeaStatus } from './lifecycle';
import type { IdeaDoc, ImpactDoc, ParticipationDoc } from '../persistence/models';
import type { InnovationRepositories } from '../persistence/repositories';

const MAX_RACE_RETRIES = 5;

/** Ideas, their review lifecycle, launched initiatives, citizen participation and impact. */
export class InnovationDomain {
  constructor(
    private readonly store: InnovationRepositories,
    private readonly directory: EmployeeDirectory,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private today(): string {
    return businessDate(this.clock());
  }

  async submit(input: unknown) {
    assertValid(InnovationApi.SubmitIdeaBody, input, { '/proposerNip': 'NIP_INVALID' });
    const proposer = await this.directory.requireActive(input.proposerNip);
    const id = newAggregateId();
    const doc: IdeaDoc = { _id: id, ...input, opd: proposer.opd, status: 'submitted', history: [], submittedOn: this.today(), createdAt: this.clock().toISOString() };
    return this.view(await this.store.ideas.submit(doc, [createEvent('innovation.idea.submitted', id, { ideaId: id, title: input.title, category: input.category, proposerNip: input.proposerNip, opd: proposer.opd, submittedOn: doc.submittedOn })]), 0);
  }

  private idea(id: unknown): Promise<IdeaDoc> {
    return this.store.ideas.get(id);
  }

  private view(doc: IdeaDoc, citizensReached: number) {
    return { ...publicView(doc), citizensReached };
  }

  async get(id: unknown) {
    const doc = await this.idea(id);
    return this.view(doc, (await this.store.participations.citizensReached([doc._id])).get(doc._id) ?? 0);
  }

  async list(query: unknown) {
    const q = { page: 1, pageSize: 20, ...(query as object) } as { status?: string; opd?: string; category?: string; proposerNip?: string; page: number; pageSize: number };
    assertValid(InnovationApi.ListIdeasQuery, q);
    const { docs, ...page } = await this.store.ideas.list({ status: q.status, opd: q.opd, category: q.category, proposerNip: q.proposerNip }, { page: q.page, pageSize: q.pageSize });
    const reached = await this.store.participations.citizensReached(docs.map((d) => d._id));
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
      const events: CloudEvent[] = [createEvent('innovation.idea.status-changed', idea._id, { ideaId: idea._id, opd: idea.opd, proposerNip: idea.proposerNip, from, to, by: actor, on, ...(input.note ? { note: input.note } : {}) })];
      if (to === 'launched') events.push(createEvent('innovation.initiative.launched', idea._id, { ideaId: idea._id, opd: idea.opd, title: idea.title, category: idea.category, launchedOn: on }));
      if (await this.store.ideas.move(idea._id, from, move, to === 'launched' ? on : undefined, events)) return this.get(idea._id);
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
    const id = newAggregateId();
    const doc: ParticipationDoc = { _id: id, ideaId: idea._id, opd: idea.opd, ...input, createdAt: this.clock().toISOString() };
    return publicView(await this.store.participations.record(doc, [createEvent('innovation.participation.recorded', idea._id, { ideaId: idea._id, participationId: id, opd: idea.opd, ...input })]));
  }

  async reportImpact(ideaId: unknown, input: unknown) {
    assertValid(InnovationApi.ImpactBody, input);
    const idea = await this.requireInitiative(ideaId, ['launched', 'completed']);
    const id = newAggregateId();
    const doc: ImpactDoc = { _id: id, ideaId: idea._id, opd: idea.opd, ...input, createdAt: this.clock().toISOString() };
    return publicView(await this.store.impacts.report(doc, [createEvent('innovation.impact.reported', idea._id, { ideaId: idea._id, opd: idea.opd, ...input })]));
  }
}
