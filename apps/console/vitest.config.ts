import { projectTestConfig } from '../../vitest.shared.ts';

// The console's own logic (formats, messages, roles): no infrastructure; the browser tests are console-e2e's.
export default projectTestConfig('console', { globalSetup: [] });
