// `npm run dlq -- list [topic…] | show <topic> <partition:offset> | replay <topic> <partition:offset…|--all> [--code C] [--yes]`
// on the Kafka of KAFKA_BROKERS (default 127.0.0.1:9092), topics under KAFKA_TOPIC_PREFIX. A topic
// may be named with or without its prefix and `.dlq` (`learning` is `asn.learning.events.dlq`).
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { dlqTopic, TOPICS } from '@asn/contracts';
import { deadLetterTopics, DeadLetterError, positionOf, readDeadLetters, replayDeadLetters, type DeadLetter } from './dead-letters';

const USAGE = 'usage: npm run dlq -- list [topic…] | show <topic> <partition:offset> | replay <topic> (<partition:offset>… | --all) [--code ERROR_CODE] [--yes]';
const { positionals, values } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean', default: false }, code: { type: 'string' }, yes: { type: 'boolean', default: false } } });
const [command, ...rest] = positionals;
const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
const kafka = new Kafka({ clientId: 'dlq-tool', brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING, retry: { retries: 3 } });

/** `learning`, `asn.learning.events`, `asn.learning.events.dlq`, with or without the prefix → the DLQ topic. */
function resolveTopic(name: string | undefined): string {
  if (!name) throw new DeadLetterError(`name a dead-letter topic\n${USAGE}`);
  const base = name in TOPICS ? TOPICS[name as keyof typeof TOPICS] : name;
  const withPrefix = base.startsWith(prefix) ? base : `${prefix}${base}`;
  return withPrefix.endsWith('.dlq') ? withPrefix : dlqTopic(withPrefix);
}

const oneLine = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s).replace(/\s+/g, ' ');

function summary(l: DeadLetter): string {
  const h = l.headers;
  return [positionOf(l).padEnd(9), (h['x-failed-at'] ?? '').padEnd(24), (h['x-consumer-group'] ?? '').replace(prefix, '').padEnd(30), (h['x-error-code'] ?? '').padEnd(22), l.event?.type ?? `(${l.value.length} bytes, not an event)`, oneLine(h['x-error-message'] ?? '', 80)].join('  ');
}

async function main(): Promise<number> {
  switch (command) {
    case 'list': {
      const topics = rest.length ? rest.map(resolveTopic) : await deadLetterTopics(kafka, prefix);
      if (topics.length === 0) console.log(`no dead-letter topics${prefix ? ` under ${prefix}` : ''}`);
      for (const topic of topics) {
        const letters = await readDeadLetters(kafka, topic);
        console.log(`${topic}: ${letters.length} dead letter${letters.length === 1 ? '' : 's'}`);
        if (letters.length) console.log(`  ${['position'.padEnd(9), 'failed at'.padEnd(24), 'consumer group'.padEnd(30), 'error code'.padEnd(22), 'event', 'error'].join('  ')}`);
        for (const l of letters) console.log(`  ${summary(l)}`);
      }
      return 0;
    }
    case 'show': {
      const topic = resolveTopic(rest[0]);
      const position = rest[1];
      const letter = (await readDeadLetters(kafka, topic)).find((l) => positionOf(l) === position);
      if (!letter) throw new DeadLetterError(`no dead letter at ${position ?? '(none given)'} in ${topic}`);
      console.log(`${topic} ${positionOf(letter)}  key ${letter.key ?? '(none)'}`);
      for (const [k, v] of Object.entries(letter.headers)) console.log(`  ${k}: ${v}`);
      let body = letter.value;
      try {
        body = JSON.stringify(JSON.parse(letter.value), null, 2);
      } catch {
        /* shown as stored */
      }
      console.log(body.length > 20_000 ? `${body.slice(0, 20_000)}\n… (${body.length} characters in all)` : body);
      return 0;
    }
    case 'replay': {
      const topic = resolveTopic(rest[0]);
      const positions = rest.slice(1);
      if (!values.all && positions.length === 0) throw new DeadLetterError(`name the dead letters to replay (partition:offset) or --all\n${USAGE}`);
      let letters = await readDeadLetters(kafka, topic);
      if (values.code) letters = letters.filter((l) => l.headers['x-error-code'] === values.code);
      const chosen = values.all ? letters : letters.filter((l) => positions.includes(positionOf(l)));
      if (!values.yes) {
        console.log(`would replay ${chosen.length} dead letter(s) from ${topic}; add --yes to send them`);
        for (const l of chosen) console.log(`  ${summary(l)}`);
        return 0;
      }
      const { replayed, to } = await replayDeadLetters(kafka, letters, values.all ? 'all' : positions);
      console.log(`replayed ${replayed.length} dead letter(s) from ${topic} to ${to.join(', ') || 'nothing'} (same keys and event ids: consumers that processed an event skip it)`);
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err instanceof DeadLetterError ? err.message : `dlq: ${err.message}`);
    process.exit(err instanceof DeadLetterError ? 2 : 1);
  },
);
