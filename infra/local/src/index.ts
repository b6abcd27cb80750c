export { startKafka, stopKafka, startKafkaNode, stopKafkaNode, kafkaNodes, kafkaQuorumLeader, kafkaAnswers, describeLocalKafka, ensureKafkaJars, kafkaDataDir, type KafkaNode, type LocalKafkaOptions } from './kafka';
export { startMongo, stopMongo, mongoAnswers, ensureFerretBinary, type LocalMongoOptions } from './ferretdb';
export { DATA_DIR, LOCAL_INFRA_DIR } from './paths';
export { holdsSocket, isAlive, listeningSockets, portHolder, portOpen, sleep, waitFor, waitForPortsReleased } from './process';
export { infraUp, infraDown, stopStartedInfra, type InfraEndpoints, type InfraUpOptions } from './infra';
