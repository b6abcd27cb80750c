import { projectTestConfig } from '../../vitest.shared';

export default projectTestConfig('platform-e2e', { testTimeout: 240_000 });
