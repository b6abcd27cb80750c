import type { Static } from '@sinclair/typebox';
import { configuredClock, PeriodicTask } from '@asn/service-kit';
import { TOPICS, type Clock } from '@asn/contracts';
import { EmployeeDirectory } from '@asn/read-models';
import { EventDrivenService } from '@asn/event-service';
import type { PartnershipsConfig } from './config';
import { partnershipsModels } from './persistence/models';
import { partnershipsRepositories } from './persistence/repositories';
import { PartnershipsDomain } from './domain/partnerships';
import { partnershipsHandlers } from './grpc/handlers';

/** The partnerships service: partner institutions, agreements, placements. */
export function createPartnershipsService(config: Static<typeof PartnershipsConfig>, opts: { clock?: Clock } = {}) {
  const service = new EventDrivenService('partnerships', config, { consumesTopics: [TOPICS.personnel] });
  const models = partnershipsModels(service.connection);
  service.publishFrom([models.Partner, models.Agreement, models.Placement]);
  const directory = EmployeeDirectory.attach(service);
  const store = partnershipsRepositories(models, service.outboxNotify);
  const domain = new PartnershipsDomain(store, directory, opts.clock ?? configuredClock(config));
  // The end-date check, at start and then periodically.
  const agreementExpiry = service.runtime.manage(
    new PeriodicTask('agreement-expiry', {
      intervalMs: config.AGREEMENT_CHECK_INTERVAL_MS,
      logger: service.logger,
      run: async () => {
        const ended = await domain.endExpiredAgreements();
        if (ended > 0) service.logger.info({ ended }, 'agreements ended');
      },
    }),
  );
  service.grpc(partnershipsHandlers(domain));
  return { service, domain, models, store, directory, agreementExpiry };
}
