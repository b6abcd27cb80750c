import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { testInfra } from '@asn/testing';
import { BaseConfig, ConfigError, loadConfig, traces } from '../src/config';
import { MongoResource } from '../src/mongo';

const base = { SERVICE_TOKEN_SECRETS: 'x'.repeat(32) };

describe('TRACE: diagnostics through the config schema and the logger', () => {
  it('takes a comma-separated list of known topics, and refuses anything else by name', () => {
    expect(traces(loadConfig(BaseConfig, { ...base, TRACE: 'mongo,checkpoint' }), 'checkpoint')).toBe(true);
    expect(traces(loadConfig(BaseConfig, { ...base, TRACE: 'mongo,checkpoint' }), 'outbox')).toBe(false);
    expect(traces(loadConfig(BaseConfig, base), 'mongo')).toBe(false);
    for (const bad of ['everything', 'mongo,', 'Mongo', 'mongo outbox']) {
      expect(() => loadConfig(BaseConfig, { ...base, TRACE: bad }), bad).toThrow(ConfigError);
    }
  });

  it('with `mongo`, logs each command and its duration as JSON lines of the service logger, not on stderr', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => void (lines.push(...String(chunk).trim().split('\n').map((l) => JSON.parse(l))), done()) });
    const mongo = new MongoResource(testInfra().mongoUrl, `trace_${process.pid}`, pino({ level: 'info' }, sink), true);
    await mongo.start();
    try {
      await mongo.connection.db!.collection('probe').findOne({ _id: 'nothing' as never });
    } finally {
      await mongo.connection.db!.dropDatabase();
      await mongo.stop();
    }
    const finds = lines.filter((l) => l.trace === 'mongo' && l.command === 'find');
    expect(finds.map((l) => l.msg)).toEqual(expect.arrayContaining(['mongo command started', 'mongo command succeeded']));
    expect(finds.find((l) => l.msg === 'mongo command succeeded')).toMatchObject({ ms: expect.any(Number) });
  });
});
