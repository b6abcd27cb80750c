import { loadConfigOrExit } from '@asn/service-kit';
import { createLearningService } from './app';
import { LearningConfig } from './config';

const { service } = createLearningService(loadConfigOrExit(LearningConfig, 'learning'));
await service.start();
