import type { Static } from '@sinclair/typebox';
import { configuredClock } from '@asn/service-kit';
import { EmployeeDirectory, EventDrivenService } from '@asn/messaging';
import { TOPICS, type Clock } from '@asn/contracts';
import type { LearningConfig } from './config';
import { LearningDomain } from './domain/learning';
import { learningModels } from './domain/models';
import { learningHandlers } from './grpc/handlers';

/** The learning service: programmes, sessions, enrolments, completions, certificates. */
export function createLearningService(config: Static<typeof LearningConfig>, opts: { clock?: Clock } = {}) {
  const service = new EventDrivenService('learning', config, { consumesTopics: [TOPICS.personnel] });
  const models = learningModels(service.connection);
  service.publishFrom([models.Program, models.Session, models.Enrollment]);
  const directory = EmployeeDirectory.attach(service);
  const domain = new LearningDomain(models, directory, service.outboxNotify, opts.clock ?? configuredClock(config));
  service.grpc(learningHandlers(domain));
  return { service, domain, models, directory };
}
