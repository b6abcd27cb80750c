// `npm run infra:up [-- --brokers 3] | infra:down | infra:status`: the local Kafka (one broker, or a
// replicated 3-node KRaft cluster) and the Mongo-compatible server alone.
import { parseArgs } from 'node:util';
import { infraDown, infraUp } from './infra';
import { describeLocalKafka } from './kafka';
import { mongoAnswers } from './ferretdb';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { brokers: { type: 'string' } } });
const command = positionals[0];

async function main(): Promise<void> {
  switch (command) {
    case 'up': {
      const brokers = values.brokers === undefined ? undefined : Number(values.brokers);
      if (brokers !== undefined && brokers !== 1 && brokers !== 3) throw new Error(`--brokers is 1 or 3, not ${values.brokers}`);
      const t0 = Date.now();
      const e = await infraUp(process.env, { kafkaNodes: brokers });
      console.log(`Kafka    ${e.kafkaBrokers} (${e.kafkaNodes} node${e.kafkaNodes > 1 ? 's' : ''}, ${e.started.kafka ? 'started' : 'already running'})`);
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
      const kafka = await describeLocalKafka(9092);
      console.log(`Kafka 127.0.0.1:9092 ${kafka ? `up (${kafka.brokers} broker${kafka.brokers > 1 ? 's' : ''}, controller ${kafka.controller ?? 'none'})` : 'down'}`);
      console.log(`MongoDB 127.0.0.1:27017 ${(await mongoAnswers('mongodb://127.0.0.1:27017')) ? 'up' : 'down'}`);
      return;
    }
    default:
      console.error('usage: cli.ts up [--brokers 1|3] | down | status');
      process.exitCode = 2;
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
