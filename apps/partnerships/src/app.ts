import type { Static } from '@sinclair/typebox';
import { TOPICS } from '@asn/contracts';
import { EmployeeDirectory, EventDrivenService } from '@asn/messaging';
import type { PartnershipsConfig } from './config';
import { AgreementExpiry } from './domain/agreement-expiry';
import { partnershipsModels } from './domain/models';
import { PartnershipsDomain } from './domain/partnerships';
import { partnershipsHandlers } from './grpc/handlers';

/** The partnerships service: partner institutions, agreements, placements. */
export function createPartnershipsService(config: Static<typeof PartnershipsConfig>, opts: { clock?: () => Date } = {}) {
  const service = new EventDrivenService('partnerships', config, { consumesTopics: [TOPICS.personnel] });
  const models = partnershipsModels(service.connection);
  service.publishFrom([models.Partner, models.Agreement, models.Placement]);
  const directory = EmployeeDirectory.attach(service);
  const domain = new PartnershipsDomain(models, directory, service.outboxNotify, opts.clock);
  service.runtime.manage(new AgreementExpiry(domain, config.AGREEMENT_CHECK_INTERVAL_MS, service.logger));
  service.grpc(partnershipsHandlers(domain));
  return { service, domain, models, directory };
}
