import type { Static } from '@sinclair/typebox';
import { configuredClock } from '@asn/service-kit';
import { TOPICS, type Clock } from '@asn/contracts';
import { EmployeeDirectory } from '@asn/read-models';
import { EventDrivenService } from '@asn/event-service';
import type { InnovationConfig } from './config';
import { InnovationDomain } from './domain/innovation';
import { innovationModels } from './persistence/models';
import { innovationRepositories } from './persistence/repositories';
import { innovationHandlers } from './grpc/handlers';

/** The innovation service: ideas, reviews, initiatives, citizen participation, impact. */
export function createInnovationService(config: Static<typeof InnovationConfig>, opts: { clock?: Clock } = {}) {
  const service = new EventDrivenService('innovation', config, { consumesTopics: [TOPICS.personnel] });
  const models = innovationModels(service.connection);
  service.publishFrom([models.Idea, models.Participation, models.Impact]);
  const directory = EmployeeDirectory.attach(service);
  const store = innovationRepositories(models, service.outboxNotify, config.READ_MODEL_MAX_LAG_MS);
  const domain = new InnovationDomain(store, directory, opts.clock ?? configuredClock(config));
  service.grpc(innovationHandlers(domain));
  return { service, domain, models, store, directory };
}
