export * from './kafka';
export * from './kafka-health';
export * from './offsets';
export * from './topics';
export * from './envelope';
export * from './producer';
export * from './outbox';
export * from './consumer';
