import type { Static } from '@sinclair/typebox';
import type { Clock } from '@asn/contracts';
import { configuredClock } from '@asn/service-kit';
import { EventDrivenService } from '@asn/event-service';
import type { PersonnelConfig } from './config';
import { personnelModels } from './persistence/models';
import { personnelRepositories } from './persistence/repositories';
import { PersonnelDomain } from './domain/personnel';
import { personnelHandlers } from './grpc/handlers';

/** The personnel service: employee registry, position standards, competency assessments. */
export function createPersonnelService(config: Static<typeof PersonnelConfig>, opts: { clock?: Clock } = {}) {
  const service = new EventDrivenService('personnel', config);
  const models = personnelModels(service.connection);
  service.publishFrom([models.Employee, models.PositionStandard, models.Assessment]);
  const store = personnelRepositories(models, service.outboxNotify, config.READ_MODEL_MAX_LAG_MS);
  const domain = new PersonnelDomain(store, opts.clock ?? configuredClock(config));
  service.grpc(personnelHandlers(domain));
  return { service, domain, models, store };
}
