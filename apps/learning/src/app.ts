import type { Static } from '@sinclair/typebox';
import { configuredClock } from '@asn/service-kit';
import { EmployeeDirectory, EventDrivenService } from '@asn/messaging';
import { TOPICS, type Clock } from '@asn/contracts';
import type { LearningConfig } from './config';
import { ExternalLearningDomain } from './domain/external-learning';
import { LearningDomain } from './domain/learning';
import { learningModels } from './domain/models';
import { learningHandlers } from './grpc/handlers';

/** The learning service: programmes, sessions, enrolments, completions, certificates. */
export function createLearningService(config: Static<typeof LearningConfig>, opts: { clock?: Clock } = {}) {
  const service = new EventDrivenService('learning', config, { consumesTopics: [TOPICS.personnel] });
  const models = learningModels(service.connection);
  service.publishFrom([models.Program, models.Session, models.Enrollment, models.ExternalLearning]);
  const directory = EmployeeDirectory.attach(service);
  const clock = opts.clock ?? configuredClock(config);
  const domain = new LearningDomain(models, directory, service.outboxNotify, clock);
  const external = new ExternalLearningDomain(models, () => service.connection.db!, directory, service.outboxNotify, clock);
  service.grpc(learningHandlers(domain, external));
  // Certificate files left without their record by a crash are deleted, at start and then hourly.
  let sweeper: NodeJS.Timeout | undefined;
  const sweep = () => void external.sweepOrphanFiles().then(
    (n) => n > 0 && service.runtime.logger.warn({ files: n }, 'certificate files without a record deleted'),
    (err: unknown) => service.runtime.logger.warn({ err }, 'orphan certificate files not swept; tried again in an hour'),
  );
  service.runtime.manage({
    name: 'certificate-file-sweeper',
    start: async () => {
      sweep();
      sweeper = setInterval(sweep, 60 * 60_000).unref();
    },
    stop: async () => clearInterval(sweeper),
    isReady: () => true,
  });
  return { service, domain, external, models, directory };
}
