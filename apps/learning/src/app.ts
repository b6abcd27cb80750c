import type { Static } from '@sinclair/typebox';
import { configuredClock, PeriodicTask } from '@asn/service-kit';
import { EmployeeDirectory } from '@asn/read-models';
import { EventDrivenService } from '@asn/event-service';
import { TOPICS, type Clock } from '@asn/contracts';
import type { LearningConfig } from './config';
import { ExternalLearningDomain } from './domain/external-learning';
import { LearningDomain } from './domain/learning';
import { learningModels } from './persistence/models';
import { learningRepositories } from './persistence/repositories';
import { learningHandlers } from './grpc/handlers';

/** The learning service: programmes, sessions, enrolments, completions, certificates. */
export function createLearningService(config: Static<typeof LearningConfig>, opts: { clock?: Clock } = {}) {
  const service = new EventDrivenService('learning', config, { consumesTopics: [TOPICS.personnel] });
  const models = learningModels(service.connection);
  service.publishFrom([models.Program, models.Session, models.Enrollment, models.ExternalLearning]);
  const directory = EmployeeDirectory.attach(service);
  const clock = opts.clock ?? configuredClock(config);
  const store = learningRepositories(models, () => service.connection.db!, service.outboxNotify, config.READ_MODEL_MAX_LAG_MS);
  const domain = new LearningDomain(store, directory, clock);
  const external = new ExternalLearningDomain(store, directory, clock);
  service.grpc(learningHandlers(domain, external, { signer: { title: config.CERT_SIGNER_TITLE, name: config.CERT_SIGNER_NAME, nip: config.CERT_SIGNER_NIP }, verifyBaseUrl: config.CERT_VERIFY_BASE_URL }));
  // Certificate files left without their record by a crash are deleted, at start and then hourly.
  service.runtime.manage(
    new PeriodicTask('certificate-file-sweeper', {
      intervalMs: 60 * 60_000,
      logger: service.logger,
      run: async () => {
        const files = await external.sweepOrphanFiles();
        if (files > 0) service.logger.warn({ files }, 'certificate files without a record deleted');
      },
    }),
  );
  return { service, domain, external, models, store, directory };
}
