import { loadConfigOrExit } from '@asn/service-kit';
import { createEvaluationService } from './app';
import { EvaluationConfig } from './config';

const { service } = createEvaluationService(loadConfigOrExit(EvaluationConfig, 'evaluation'));
await service.start();
