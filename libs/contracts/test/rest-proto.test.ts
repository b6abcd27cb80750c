// The REST schemas (TypeBox, what the gateway validates) and the gRPC requests (the .proto files,
// what the services receive) describe the same messages twice. This test holds them together field
// by field: every REST field reaches a request field of a compatible type, and every request field
// is given by the REST schema, the route's path, or the gateway itself. A renamed or retyped field
// on either side fails here, before a request loses it at run time.
import * as protoLoader from '@grpc/proto-loader';
import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { EvaluationApi, GRPC_SERVICES, InnovationApi, LearningApi, PartnershipsApi, PersonnelApi, PROTO_DIR, type RpcName, type ServiceName } from '../src';

interface Row<S extends ServiceName = ServiceName> {
  route: string;
  schema: TObject;
  service: S;
  rpc: RpcName<S>;
  /** Request fields the route's path gives (`/v1/programs/:id/sessions` → programId). */
  fromPath?: string[];
  /** Request fields the gateway sets itself, and why. */
  fromGateway?: Record<string, string>;
}
const row = <S extends ServiceName>(r: Row<S>): Row => r as unknown as Row;

const ROUTES: Row[] = [
  row({ route: 'POST /v1/employees', schema: PersonnelApi.RegisterEmployeeBody, service: 'personnel', rpc: 'RegisterEmployee' }),
  row({ route: 'GET /v1/employees', schema: PersonnelApi.ListEmployeesQuery, service: 'personnel', rpc: 'ListEmployees' }),
  row({ route: 'PATCH /v1/employees/:nip', schema: PersonnelApi.UpdateEmployeeBody, service: 'personnel', rpc: 'UpdateEmployee', fromPath: ['nip'] }),
  row({ route: 'PUT /v1/positions/:code/standard', schema: PersonnelApi.SetPositionStandardBody, service: 'personnel', rpc: 'SetPositionStandard', fromPath: ['positionCode'] }),
  row({ route: 'POST /v1/employees/:nip/assessments', schema: PersonnelApi.RecordAssessmentBody, service: 'personnel', rpc: 'RecordAssessment', fromPath: ['nip'] }),
  row({ route: 'POST /v1/programs', schema: LearningApi.PublishProgramBody, service: 'learning', rpc: 'PublishProgram' }),
  row({ route: 'GET /v1/programs', schema: LearningApi.ListProgramsQuery, service: 'learning', rpc: 'ListPrograms' }),
  row({ route: 'POST /v1/programs/:id/revisions', schema: LearningApi.ReviseProgramBody, service: 'learning', rpc: 'ReviseProgram', fromPath: ['programId'] }),
  row({ route: 'POST /v1/programs/:id/sessions', schema: LearningApi.ScheduleSessionBody, service: 'learning', rpc: 'ScheduleSession', fromPath: ['programId'] }),
  row({ route: 'GET /v1/programs/:id/sessions', schema: LearningApi.ListSessionsQuery, service: 'learning', rpc: 'ListSessions', fromPath: ['programId'] }),
  row({ route: 'POST /v1/sessions/:id/enrollments', schema: LearningApi.EnrollBody, service: 'learning', rpc: 'Enroll', fromPath: ['sessionId'] }),
  row({ route: 'POST /v1/enrollments/:id/completion', schema: LearningApi.CompleteEnrollmentBody, service: 'learning', rpc: 'CompleteEnrollment', fromPath: ['enrollmentId'] }),
  row({
    route: 'POST /v1/employees/:nip/external-learning',
    schema: LearningApi.ReportExternalLearningBody,
    service: 'learning',
    rpc: 'ReportExternalLearning',
    fromPath: ['nip'],
    fromGateway: { fileName: "the multipart file's name", file: "the multipart file's bytes" },
  }),
  row({ route: 'POST /v1/external-learning/:id/verification', schema: LearningApi.DecideExternalLearningBody, service: 'learning', rpc: 'DecideExternalLearning', fromPath: ['id'] }),
  row({ route: 'GET /v1/external-learning', schema: LearningApi.ListExternalLearningQuery, service: 'learning', rpc: 'ListExternalLearning' }),
  row({ route: 'POST /v1/partners', schema: PartnershipsApi.RegisterPartnerBody, service: 'partnerships', rpc: 'RegisterPartner' }),
  row({ route: 'GET /v1/partners', schema: PartnershipsApi.ListPartnersQuery, service: 'partnerships', rpc: 'ListPartners' }),
  row({ route: 'POST /v1/partners/:id/agreements', schema: PartnershipsApi.SignAgreementBody, service: 'partnerships', rpc: 'SignAgreement', fromPath: ['partnerId'] }),
  row({ route: 'GET /v1/agreements', schema: PartnershipsApi.ListAgreementsQuery, service: 'partnerships', rpc: 'ListAgreements' }),
  row({ route: 'POST /v1/agreements/:id/placements', schema: PartnershipsApi.StartPlacementBody, service: 'partnerships', rpc: 'StartPlacement', fromPath: ['agreementId'] }),
  row({ route: 'POST /v1/placements/:id/completion', schema: PartnershipsApi.CompletePlacementBody, service: 'partnerships', rpc: 'CompletePlacement', fromPath: ['placementId'] }),
  row({ route: 'POST /v1/ideas', schema: InnovationApi.SubmitIdeaBody, service: 'innovation', rpc: 'SubmitIdea' }),
  row({ route: 'GET /v1/ideas', schema: InnovationApi.ListIdeasQuery, service: 'innovation', rpc: 'ListIdeas' }),
  row({ route: 'POST /v1/ideas/:id/transitions', schema: InnovationApi.TransitionBody, service: 'innovation', rpc: 'TransitionIdea', fromPath: ['id'], fromGateway: { by: "the token's subject: who moved it" } }),
  row({ route: 'POST /v1/ideas/:id/participation', schema: InnovationApi.ParticipationBody, service: 'innovation', rpc: 'RecordParticipation', fromPath: ['ideaId'] }),
  row({ route: 'POST /v1/ideas/:id/impact', schema: InnovationApi.ImpactBody, service: 'innovation', rpc: 'ReportImpact', fromPath: ['ideaId'] }),
  row({ route: 'POST /v1/feedback', schema: EvaluationApi.FeedbackBody, service: 'evaluation', rpc: 'SubmitFeedback' }),
  row({ route: 'POST /v1/behavior-assessments', schema: EvaluationApi.BehaviorAssessmentBody, service: 'evaluation', rpc: 'RecordBehaviorAssessment' }),
  row({ route: 'POST /v1/appraisals', schema: EvaluationApi.AppraisalBody, service: 'evaluation', rpc: 'RecordAppraisal' }),
  row({ route: 'POST /v1/discipline-records', schema: EvaluationApi.DisciplineBody, service: 'evaluation', rpc: 'RecordDiscipline' }),
  row({ route: 'GET /v1/behavior-assessments/due', schema: EvaluationApi.DueQuery, service: 'evaluation', rpc: 'ListDueBehaviorAssessments' }),
];

// ---- the .proto side, read by the loader the services use ----

interface ProtoField {
  name: string;
  type: string;
  label: string;
  typeName: string;
}
type Definitions = Record<string, { type?: { field: ProtoField[] }; [method: string]: unknown }>;

const definitions = new Map<ServiceName, Definitions>();
const loaded = (service: ServiceName): Definitions => {
  let d = definitions.get(service);
  if (!d) definitions.set(service, (d = protoLoader.loadSync(GRPC_SERVICES[service].proto, { includeDirs: [PROTO_DIR], keepCase: false }) as unknown as Definitions));
  return d;
};
const requestFields = (r: Row): ProtoField[] => {
  const method = (loaded(r.service)[GRPC_SERVICES[r.service].fullName] as Record<string, { requestType: { type: { field: ProtoField[] } } } | undefined>)[r.rpc];
  if (!method) throw new Error(`${GRPC_SERVICES[r.service].fullName} has no rpc ${r.rpc}`);
  return method.requestType.type.field;
};
const messageFields = (service: ServiceName, typeName: string): ProtoField[] => {
  const all = loaded(service);
  const name = Object.keys(all).find((k) => k === typeName || k.endsWith(`.${typeName}`));
  const fields = name ? all[name]?.type?.field : undefined;
  if (!fields) throw new Error(`no message ${typeName}`);
  return fields;
};

const INTEGERS = ['TYPE_INT32', 'TYPE_INT64', 'TYPE_UINT32', 'TYPE_UINT64', 'TYPE_SINT32', 'TYPE_SINT64'];

/** Why a REST value cannot travel in this proto field, or undefined when it can. */
function mismatch(service: ServiceName, schema: TSchema, field: ProtoField, path: string): string | undefined {
  const s = schema as { type?: string; items?: TSchema; properties?: Record<string, TSchema> };
  if (s.type === 'array') {
    if (field.label !== 'LABEL_REPEATED') return `${path}: an array in REST, a single ${field.type} in the proto`;
    return mismatch(service, s.items!, { ...field, label: 'LABEL_OPTIONAL' }, `${path}[]`);
  }
  if (field.label === 'LABEL_REPEATED') return `${path}: repeated in the proto, ${s.type} in REST`;
  switch (s.type) {
    case 'string':
      return field.type === 'TYPE_STRING' ? undefined : `${path}: a string in REST, ${field.type} in the proto`;
    case 'integer':
      return INTEGERS.includes(field.type) || field.type === 'TYPE_DOUBLE' ? undefined : `${path}: an integer in REST, ${field.type} in the proto`;
    case 'number':
      return field.type === 'TYPE_DOUBLE' || field.type === 'TYPE_FLOAT' ? undefined : `${path}: a number in REST, ${field.type} in the proto (a fraction would be cut)`;
    case 'boolean':
      return field.type === 'TYPE_BOOL' ? undefined : `${path}: a boolean in REST, ${field.type} in the proto`;
    case 'object': {
      if (field.type !== 'TYPE_MESSAGE') return `${path}: an object in REST, ${field.type} in the proto`;
      return objectProblems(service, s.properties ?? {}, messageFields(service, field.typeName), path)[0];
    }
    default:
      return `${path}: REST type ${String(s.type)} has no rule here`;
  }
}

/** REST properties that do not reach a field of the message. */
function objectProblems(service: ServiceName, properties: Record<string, TSchema>, fields: ProtoField[], path: string): string[] {
  const problems: string[] = [];
  for (const [name, schema] of Object.entries(properties)) {
    // The list queries' page and pageSize travel together as the request's PageRequest.
    if ((name === 'page' || name === 'pageSize') && fields.some((f) => f.name === 'page' && f.typeName.endsWith('PageRequest'))) {
      const inner = messageFields(service, 'asn.common.v1.PageRequest').find((f) => f.name === name);
      if (!inner) problems.push(`${path}.${name}: PageRequest has no ${name}`);
      else {
        const m = mismatch(service, schema, inner, `${path}.${name}`);
        if (m) problems.push(m);
      }
      continue;
    }
    const field = fields.find((f) => f.name === name);
    if (!field) {
      problems.push(`${path}.${name}: no such field in the proto request (the gateway would drop it)`);
      continue;
    }
    const m = mismatch(service, schema, field, `${path}.${name}`);
    if (m) problems.push(m);
  }
  return problems;
}

describe('REST schemas against the gRPC requests (one contract, checked field by field)', () => {
  it.each(ROUTES.map((r) => [r.route, r] as const))('%s', (_route, r) => {
    const fields = requestFields(r);
    const restFields = Object.keys(r.schema.properties);
    const problems = objectProblems(r.service, r.schema.properties, fields, 'body');
    for (const f of fields) {
      const given = restFields.includes(f.name) || (f.name === 'page' && restFields.includes('page')) || r.fromPath?.includes(f.name) || r.fromGateway?.[f.name] !== undefined;
      if (!given) problems.push(`${r.rpc}.${f.name}: nothing in the route gives it`);
    }
    for (const name of [...(r.fromPath ?? []), ...Object.keys(r.fromGateway ?? {})]) {
      if (!fields.some((f) => f.name === name)) problems.push(`${r.rpc}.${name}: named as given by the path or gateway, but not in the proto`);
    }
    expect(problems).toEqual([]);
  });

  // The checker itself: it must see the faults it exists for.
  it('finds a renamed field, a retyped field and a field nothing gives', () => {
    const fields = requestFields(ROUTES.find((r) => r.rpc === 'CompleteEnrollment')!);
    const renamed = { ...LearningApi.CompleteEnrollmentBody.properties } as Record<string, TSchema>;
    renamed.attendedJP = renamed.attendedJp!;
    delete renamed.attendedJp;
    expect(objectProblems('learning', renamed, fields, 'body')).toEqual(['body.attendedJP: no such field in the proto request (the gateway would drop it)']);
    const retyped = { ...LearningApi.CompleteEnrollmentBody.properties, passed: Type.String() };
    expect(objectProblems('learning', retyped, fields, 'body')).toEqual(['body.passed: a string in REST, TYPE_BOOL in the proto']);
    const fraction = { ...LearningApi.PublishProgramBody.properties, jp: Type.Number() };
    expect(objectProblems('learning', fraction, requestFields(ROUTES.find((r) => r.rpc === 'PublishProgram')!), 'body')).toEqual(['body.jp: a number in REST, TYPE_INT32 in the proto (a fraction would be cut)']);
  });
});
