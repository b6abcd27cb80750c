// `npm run infra:up | infra:down | infra:status`: the local Kafka broker and Mongo-compatible server alone.
import { infraDown, infraUp } from './infra';
import { kafkaAnswers } from './kafka';
import { mongoAnswers } from './ferretdb';

const command = process.argv[2];

async function main(): Promise<void> {
  switch (command) {
    case 'up': {
      const t0 = Date.now();
      const e = await infraUp();
      console.log(`Kafka    ${e.kafkaBrokers} (${e.started.kafka ? 'started' : 'already running'})`);
      console.log(`MongoDB  ${e.mongoUrl} (${e.started.mongo ? 'started' : 'already running'})`);
      console.log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return;
    }
    case 'down': {
      const r = await infraDown();
      console.log(`Kafka ${r.kafka}, FerretDB ${r.mongo}`);
      return;
    }
    case 'status': {
      console.log(`Kafka 127.0.0.1:9092 ${(await kafkaAnswers(9092)) ? 'up' : 'down'}`);
      console.log(`MongoDB 127.0.0.1:27017 ${(await mongoAnswers('mongodb://127.0.0.1:27017')) ? 'up' : 'down'}`);
      return;
    }
    default:
      console.error('usage: cli.ts up|down|status');
      process.exitCode = 2;
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
