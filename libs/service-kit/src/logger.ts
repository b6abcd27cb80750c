import pino, { type Logger, type LoggerOptions } from 'pino';
import { currentContext } from './context';
import { activeTraceIds } from './tracing';

export type { Logger };

/** JSON logs; every line written inside a request/event context carries its correlationId, and inside a span its trace_id and span_id. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', options: LoggerOptions = {}): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const ctx = currentContext();
      const ids = activeTraceIds();
      return ctx ? { correlationId: ctx.correlationId, ...ids } : (ids ?? {});
    },
    redact: { paths: ['req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
    ...options,
  });
}
