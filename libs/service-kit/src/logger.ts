import pino, { type Logger, type LoggerOptions } from 'pino';
import { currentContext } from './context';

export type { Logger };

/** JSON logs; every line written inside a request/event context carries its correlationId. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', options: LoggerOptions = {}): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const ctx = currentContext();
      return ctx ? { correlationId: ctx.correlationId } : {};
    },
    redact: { paths: ['req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
    ...options,
  });
}
