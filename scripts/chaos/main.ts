// `npm run chaos [-- --brokers 3] [--faults learning,kafka] [--short]`: the resilience suite on
// servers of its own; prints one table and exits non-zero when any fault lost or doubled a write,
// left a consumer behind for more than 60 s, left events in an outbox or failed a read of healthy data.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assertPinnedNode } from '../pinned-node';
import { ALL_FAULTS, formatReport, fullRun, runChaos, SHORT_RUN, shortfalls, type FaultName } from './suite';

assertPinnedNode('chaos');

const { values } = parseArgs({ options: { brokers: { type: 'string', default: '1' }, faults: { type: 'string' }, short: { type: 'boolean', default: false } } });
const brokers = Number(values.brokers);
if (brokers !== 1 && brokers !== 3) {
  console.error(`--brokers is 1 or 3, not ${values.brokers}`);
  process.exit(2);
}
const asked = values.faults?.split(',').map((f) => f.trim()) ?? (values.short ? SHORT_RUN : fullRun(brokers));
const unknown = asked.filter((f) => !ALL_FAULTS.includes(f as FaultName));
if (unknown.length) {
  console.error(`unknown fault(s): ${unknown.join(', ')}; known: ${ALL_FAULTS.join(', ')}`);
  process.exit(2);
}
// On one broker "kafka" is that broker; on three it is one that is not the controller.
const faults = (asked as FaultName[]).map((f) => (brokers > 1 && f === 'kafka' ? 'kafka-broker' : f));
if (brokers === 1 && faults.some((f) => f === 'kafka-broker' || f === 'kafka-controller')) {
  console.error('kafka-broker and kafka-controller need --brokers 3');
  process.exit(2);
}

const t0 = Date.now();
const report = await runChaos({ brokers, faults });
console.log(`\nResilience on ${brokers} Kafka broker${brokers > 1 ? 's' : ''} (${((Date.now() - t0) / 60_000).toFixed(1)} min):\n`);
console.log(formatReport(report));
const wrong = shortfalls(report);
const ok = wrong.length === 0;
console.log(ok ? '\nPASS: nothing lost or doubled; every consumer caught up within 60 s' : `\nFAIL (app logs in ${report.logDir}):\n  ${wrong.join('\n  ')}`);
if (ok) rmSync(report.logDir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
