import { Type } from '@sinclair/typebox';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as protoLoader from '@grpc/proto-loader';
import { describe, expect, it } from 'vitest';
import { addDays, buildAsyncApi, businessDate, businessYear, check, clockStartingAt, CloudEventEnvelope, EVENT_DEFINITIONS, eventType, isValidNip, Nip, nipProblem, PROTO_DIR, TOPICS, type EventName } from '../src';

const SPEC_EVENT_TYPES: Record<string, string[]> = {
  'asn.personnel.events': ['employee.registered', 'employee.updated', 'employee.transferred', 'employee.retired', 'position-standard.set', 'competency.assessed'].map((t) => `personnel.${t}`),
  // program.revised: spec 8.6; external-learning.*: issue #15, item 10.
  'asn.learning.events': ['program.published', 'program.revised', 'session.scheduled', 'enrollment.created', 'enrollment.cancelled', 'training.completed', 'certificate.issued', 'external-learning.reported', 'external-learning.verified', 'external-learning.rejected'].map((t) => `learning.${t}`),
  'asn.partnerships.events': ['partner.registered', 'agreement.signed', 'agreement.ended', 'placement.started', 'placement.completed'].map((t) => `partnerships.${t}`),
  'asn.innovation.events': ['idea.submitted', 'idea.status-changed', 'initiative.launched', 'participation.recorded', 'impact.reported'].map((t) => `innovation.${t}`),
  'asn.evaluation.events': ['feedback.submitted', 'behavior.assessed', 'appraisal.recorded', 'discipline.recorded'].map((t) => `evaluation.${t}`),
  'asn.analytics.metrics': ['employee-metrics.updated', 'opd-metrics.updated', 'program.flagged'].map((t) => `analytics.${t}`),
  // Spec 8.8: the audit log of accepted writes, published by the gateway.
  'asn.audit.events': ['audit.write.recorded'],
};

describe('event catalog', () => {
  it('has exactly the event types of spec 3.2 (and those of 8.6, 8.8 and issue #15), each on its topic', () => {
    const byTopic: Record<string, string[]> = {};
    for (const [name, def] of Object.entries(EVENT_DEFINITIONS)) (byTopic[TOPICS[def.service]] ??= []).push(name);
    expect(byTopic).toEqual(SPEC_EVENT_TYPES);
    expect(eventType('learning.training.completed')).toBe('asn.learning.training.completed.v1');
  });
});

describe('event bounds', () => {
  // Every string and list an event carries is bounded (issue #14): consumers hold events in memory
  // and write them to stores, so a schema must not let a producer put megabytes in one field.
  // A string is bounded by maxLength, an enum or const, a date/UUID format, or an anchored pattern
  // without repetition beyond a fixed count.
  type Schema = { type?: string; maxLength?: number; maxItems?: number; enum?: unknown[]; const?: unknown; pattern?: string; format?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; allOf?: Schema[]; oneOf?: Schema[] };
  const boundedPattern = (p?: string) => !!p && p.startsWith('^') && p.endsWith('$') && !/[*+]/.test(p);
  const unbounded = (s: Schema | undefined, path: string): string[] => {
    if (!s || typeof s !== 'object') return [];
    const here: string[] = [];
    if (s.type === 'string' && s.maxLength === undefined && !s.enum && s.const === undefined && !boundedPattern(s.pattern) && !['date', 'uuid', 'date-time'].includes(s.format ?? '')) here.push(`${path}: string without maxLength`);
    if (s.type === 'array' && s.maxItems === undefined) here.push(`${path}: array without maxItems`);
    return [
      ...here,
      ...Object.entries(s.properties ?? {}).flatMap(([k, v]) => unbounded(v, `${path}/${k}`)),
      ...unbounded(s.items, `${path}[]`),
      ...[...(s.anyOf ?? []), ...(s.allOf ?? []), ...(s.oneOf ?? [])].flatMap((sub) => unbounded(sub, path)),
    ];
  };

  it('bounds every string and list of every event and of the envelope', () => {
    expect(unbounded(CloudEventEnvelope as Schema, 'envelope')).toEqual([]);
    expect(Object.entries(EVENT_DEFINITIONS).flatMap(([name, def]) => unbounded(def.schema as Schema, name))).toEqual([]);
  });
});

describe('AsyncAPI document', () => {
  const doc = buildAsyncApi() as {
    asyncapi: string;
    channels: Record<string, { address: string; messages: Record<string, unknown> }>;
    components: { messages: Record<string, { name: string; payload: { allOf: unknown[] } }>; schemas: Record<string, unknown> };
  };

  it('is the committed file (regenerate with `npm run asyncapi`)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '..', 'asyncapi', 'asyncapi.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('lists every topic, its DLQ and every event type with the schema the services validate with', () => {
    expect(doc.asyncapi).toBe('3.0.0');
    const addresses = Object.values(doc.channels).map((c) => c.address);
    for (const topic of Object.values(TOPICS)) expect(addresses).toEqual(expect.arrayContaining([topic, `${topic}.dlq`]));
    for (const name of Object.keys(EVENT_DEFINITIONS) as EventName[]) {
      const id = name.replace(/[.-]/g, '_');
      expect(doc.components.messages[id]?.name).toBe(eventType(name));
      expect(doc.components.schemas[`${id}_data`]).toEqual(JSON.parse(JSON.stringify(EVENT_DEFINITIONS[name].schema)));
      const channel = Object.values(doc.channels).find((c) => c.address === TOPICS[EVENT_DEFINITIONS[name].service]);
      expect(Object.keys(channel!.messages)).toContain(id);
    }
    expect(doc.components.schemas.CloudEventEnvelope).toEqual(JSON.parse(JSON.stringify(CloudEventEnvelope)));
  });

  it('resolves every $ref it contains', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"#\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of refs) {
      const path = ref.slice(10, -1).split('/');
      const target = path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], doc);
      expect(target, ref).toBeDefined();
    }
  });
});

describe('validation rules', () => {
  it('accepts a NIP only when every part is valid (spec 8.2), and names the part that is not', () => {
    const today = '2026-11-29';
    // birth 1985-07-14, appointed 2010-01, male, serial 003
    expect(nipProblem('198507142010011003', today)).toBeUndefined();
    expect(nipProblem('200002292018021001', today)).toBeUndefined(); // leap day; appointed in the month of the 18th birthday
    const refused: [string, RegExp][] = [
      ['19850714201001100', /18 digits/], // 17 digits
      ['19850714201001100a', /18 digits/],
      ['198502302010011003', /birth date 19850230/], // 30 February
      ['190002292010011003', /birth date 19000229/], // 1900 was not a leap year
      ['193912312010011003', /birth date 19391231 .*before 1940/],
      ['198507142010131003', /appointment month 201013/], // month 13
      ['198507142010001003', /appointment month 201000/], // month 0
      ['198507142003061003', /appointment month 200306 .*18th birthday \(200307\)/],
      ['198507142026121003', /appointment month 202612 .*future/],
      ['198507142010017003', /gender digit 7/],
      ['198507142010010003', /gender digit 0/],
      ['198507142010011000', /serial 000/],
    ];
    for (const [nip, problem] of refused) expect(nipProblem(nip, today), nip).toMatch(problem);
    expect(nipProblem('198507142026111003', today)).toBeUndefined(); // appointed this month
    expect(isValidNip('198507142010011003')).toBe(true);
    expect(isValidNip('198507142010011000')).toBe(false);
  });

  it('refuses a bad NIP in any schema with NIP_INVALID and the part that is wrong', () => {
    const issues = check(Type.Object({ nip: Nip }), { nip: '198507142010017003' });
    expect(issues).toEqual([{ path: '/nip', code: 'NIP_INVALID', message: expect.stringMatching(/gender digit 7/) }]);
    expect(check(Type.Object({ nip: Nip }), { nip: 42 })).toEqual([{ path: '/nip', code: 'NIP_INVALID', message: expect.stringMatching(/string/) }]);
  });

  it('takes business dates in WIB (spec 8.1), whatever the server time zone', () => {
    // 00:30 WIB on 1 January is 17:30 UTC on 31 December
    expect(businessDate(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
    expect(businessYear(new Date('2026-12-31T17:30:00Z'))).toBe(2027);
    expect(businessDate(new Date('2026-12-31T16:59:59.999Z'))).toBe('2026-12-31');
    expect(businessDate(new Date('2027-01-01T16:59:59Z'))).toBe('2027-01-01');
    // Asked in order across midnight WIB, a minute apart and within one minute: never the previous date.
    for (const [at, date] of [['2027-01-01T16:59:00Z', '2027-01-01'], ['2027-01-01T16:59:59.999Z', '2027-01-01'], ['2027-01-01T17:00:00Z', '2027-01-02'], ['2027-01-01T17:00:59Z', '2027-01-02'], ['2026-06-01T00:00:00Z', '2026-06-01']]) {
      expect(businessDate(new Date(at!))).toBe(date);
    }
    expect(() => businessDate(new Date('not a date'))).toThrow(RangeError);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    const clock = clockStartingAt(new Date('2026-12-31T17:30:00Z'));
    expect(businessDate(clock())).toBe('2027-01-01');
  });

  it('checks event data against the contract, naming the field', () => {
    const schema = EVENT_DEFINITIONS['learning.training.completed'].schema;
    const good = {
      enrollmentId: 'e1', sessionId: 's1', programId: 'p1', programCode: 'TEK-01', category: 'technical', competencies: [{ code: 'K-LH', type: 'technical' }],
      nip: '198507142010011003', opd: 'DLH', attendedJp: 24, preTestScore: 60, postTestScore: 85, passed: true, completedOn: '2026-03-10',
    };
    expect(check(schema, good)).toEqual([]);
    expect(check(schema, { ...good, category: 'cooking', completedOn: '2026-13-01' })).toEqual([
      { path: '/category', message: 'must be equal to one of the allowed values: leadership, functional, technical, seminar' },
      { path: '/completedOn', message: 'must match format "date"' },
    ]);
  });
});

describe('gRPC contracts', () => {
  it('has a loadable .proto for each of the six services', () => {
    const files = readdirSync(PROTO_DIR).filter((f) => f.endsWith('.proto'));
    for (const service of ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation', 'analytics']) {
      expect(files).toContain(`${service}.proto`);
      const def = protoLoader.loadSync(join(PROTO_DIR, `${service}.proto`), { includeDirs: [PROTO_DIR] });
      const pascal = service[0]!.toUpperCase() + service.slice(1);
      expect(Object.keys(def)).toContain(`asn.${service}.v1.${pascal}`);
    }
  });
});
