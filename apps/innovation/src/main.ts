import { loadConfigOrExit } from '@asn/service-kit';
import { createInnovationService } from './app';
import { InnovationConfig } from './config';

const { service } = createInnovationService(loadConfigOrExit(InnovationConfig, 'innovation'));
await service.start();
