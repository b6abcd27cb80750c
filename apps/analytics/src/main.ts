import { loadConfigOrExit } from '@asn/service-kit';
import { createAnalyticsService } from './app';
import { AnalyticsConfig } from './config';

// `--rebuild` (or ANALYTICS_REBUILD=true): drop the read models and replay every topic.
const rebuild = process.argv.includes('--rebuild');
const { service } = createAnalyticsService({ ...loadConfigOrExit(AnalyticsConfig, 'analytics'), ...(rebuild ? { ANALYTICS_REBUILD: true } : {}) });
await service.start();
