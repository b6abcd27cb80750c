import { loadConfigOrExit } from '@asn/service-kit';
import { createPartnershipsService } from './app';
import { PartnershipsConfig } from './config';

const { service } = createPartnershipsService(loadConfigOrExit(PartnershipsConfig, 'partnerships'));
await service.start();
