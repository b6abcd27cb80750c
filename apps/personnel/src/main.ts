import { loadConfigOrExit } from '@asn/service-kit';
import { createPersonnelService } from './app';
import { PersonnelConfig } from './config';

const { service } = createPersonnelService(loadConfigOrExit(PersonnelConfig, 'personnel'));
await service.start();
