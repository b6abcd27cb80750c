import { projectTestConfig } from '../../vitest.shared.ts';

export default projectTestConfig('platform-e2e', { testTimeout: 240_000 });
