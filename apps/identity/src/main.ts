import { loadConfigOrExit } from '@asn/service-kit';
import { createIdentity } from './app';
import { IdentityConfig } from './config';

// The local OpenID Provider of `npm start`: sign-in for the console in development.
const config = loadConfigOrExit(IdentityConfig, 'identity');
const { runtime } = await createIdentity(config);
await runtime.start();
