import type { Static } from '@sinclair/typebox';
import { configuredClock } from '@asn/service-kit';
import { TOPICS, type Clock } from '@asn/contracts';
import { EmployeeDirectory } from '@asn/read-models';
import { EventDrivenService } from '@asn/event-service';
import type { EvaluationConfig } from './config';
import { EvaluationDomain } from './domain/evaluation';
import { evaluationModels } from './persistence/models';
import { evaluationRepositories } from './persistence/repositories';
import { learningEventHandlers } from './events/learning-events';
import { personnelEventHandlers } from './events/personnel-events';
import { evaluationHandlers } from './grpc/handlers';

/** The evaluation service: feedback (L1), behaviour follow-ups (L3), appraisals, discipline. */
export function createEvaluationService(config: Static<typeof EvaluationConfig>, opts: { clock?: Clock } = {}) {
  const service = new EventDrivenService('evaluation', config, { consumesTopics: [TOPICS.personnel, TOPICS.learning] });
  const models = evaluationModels(service.connection);
  service.publishFrom([models.FollowUp, models.Feedback, models.BehaviorAssessment, models.Appraisal, models.Discipline]);
  const directory = EmployeeDirectory.attach(service);
  const store = evaluationRepositories(models, service.outboxNotify, config.READ_MODEL_MAX_LAG_MS);
  const domain = new EvaluationDomain(store, directory, config.BEHAVIOR_FOLLOW_UP_DAYS, opts.clock ?? configuredClock(config));
  service.consume({ group: 'evaluation.learning', topics: [TOPICS.learning], handlers: learningEventHandlers(domain) });
  // Follow-ups follow transfers and end at retirement (spec 8.6).
  service.consume({ group: 'evaluation.personnel', topics: [TOPICS.personnel], handlers: personnelEventHandlers(domain) });
  service.grpc(evaluationHandlers(domain));
  // Each OPD's due list made new (see startOpenLists) and loaded once after the start, in the
  // background (readiness does not wait; the ready report lists 'due-lists' under `warming` until done).
  let warming: Promise<void> | undefined;
  let warm = false;
  const stopWarming = new AbortController();
  service.runtime.manage({
    name: 'due-lists',
    start: async () => {
      warming = domain
        .startDueLists(stopWarming.signal)
        .catch((err: unknown) => service.runtime.logger.warn({ err }, 'due lists not loaded ahead; loaded when first asked'))
        .finally(() => (warm = true));
    },
    stop: async () => {
      stopWarming.abort(); // the list being loaded finishes; the others are left for their first reader
      await warming;
    },
    isReady: () => true,
    isWarm: () => warm,
  });
  return { service, domain, models, store, directory };
}
