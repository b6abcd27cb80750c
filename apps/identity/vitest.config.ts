import { projectTestConfig } from '../../vitest.shared.ts';

// The OpenID Provider needs neither Kafka nor a store: no shared infrastructure set-up.
export default projectTestConfig('identity', { globalSetup: [] });
