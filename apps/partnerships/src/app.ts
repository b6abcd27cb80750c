import type { Static } from '@sinclair/typebox';
import { configuredClock } from '@asn/service-kit';
import { TOPICS, type Clock } from '@asn/contracts';
import { EmployeeDirectory, EventDrivenService } from '@asn/messaging';
import type { PartnershipsConfig } from './config';
import { AgreementExpiry } from './domain/agreement-expiry';
import { partnershipsModels } from './domain/models';
import { PartnershipsDomain } from './domain/partnerships';
import { partnershipsHandlers } from './grpc/handlers';

/** The partnerships service: partner institutions, agreements, placements. */
export function createPartnershipsService(config: Static<typeof PartnershipsConfig>, opts: { clock?: Clock } = {}) {
  const service = new EventDrivenService('partnerships', config, { consumesTopics: [TOPICS.personnel] });
  const models = partnershipsModels(service.connection);
  service.publishFrom([models.Partner, models.Agreement, models.Placement]);
  const directory = EmployeeDirectory.attach(service);
  const domain = new PartnershipsDomain(models, directory, service.outboxNotify, opts.clock ?? configuredClock(config));
  service.runtime.manage(new AgreementExpiry(domain, config.AGREEMENT_CHECK_INTERVAL_MS, service.logger));
  service.grpc(partnershipsHandlers(domain));
  return { service, domain, models, directory };
}
