import type { Static, TObject } from '@sinclair/typebox';
import * as analytics from './events/analytics';
import * as audit from './events/audit';
import * as evaluation from './events/evaluation';
import * as innovation from './events/innovation';
import * as learning from './events/learning';
import * as partnerships from './events/partnerships';
import * as personnel from './events/personnel';

export const SERVICES = ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation', 'analytics'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The topic each service publishes to (spec 3.2); analytics publishes metrics, the gateway the audit log (8.8). */
export const TOPICS = {
  personnel: 'asn.personnel.events',
  learning: 'asn.learning.events',
  partnerships: 'asn.partnerships.events',
  innovation: 'asn.innovation.events',
  evaluation: 'asn.evaluation.events',
  analytics: 'asn.analytics.metrics',
  gateway: 'asn.audit.events',
} as const satisfies Record<ServiceName | 'gateway', string>;

export const DOMAIN_TOPICS = [TOPICS.personnel, TOPICS.learning, TOPICS.partnerships, TOPICS.innovation, TOPICS.evaluation] as const;

export const dlqTopic = (topic: string): string => `${topic}.dlq`;

/**
 * The topics each service consumes besides the one it writes (spec 2 and 3): analytics reads every
 * domain topic; evaluation reads personnel and learning; learning, partnerships and innovation read
 * personnel (their employee directories). Each consumes in groups named after itself
 * (`evaluation.learning`, `analytics`...). Deployments grant Kafka access from this.
 */
export const CONSUMED_TOPICS: Record<ServiceName, readonly string[]> = {
  personnel: [],
  learning: [TOPICS.personnel],
  partnerships: [TOPICS.personnel],
  innovation: [TOPICS.personnel],
  evaluation: [TOPICS.personnel, TOPICS.learning],
  analytics: DOMAIN_TOPICS,
};

/**
 * Partitions of a topic the platform creates, unless KAFKA_TOPIC_PARTITIONS says otherwise: room for
 * six consumers of a group to share it (an existing topic keeps its count; adding partitions moves keys).
 */
export const DEFAULT_TOPIC_PARTITIONS = 6;

/** 30 days, in milliseconds: how long a dead-letter topic keeps what it holds (spec 8.9). */
export const DLQ_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Spec 8.9: a domain topic keeps every event (`retention.ms=-1`): analytics and the services' read
 * models are rebuilt from them; so does the audit log (append-only, spec 8.8). Dead-letter topics
 * keep 30 days, and so does the metric stream, which analytics derives again from the domain topics.
 * Takes the topic's name with or without an environment's prefix.
 */
export function retentionMsOf(topic: string): number {
  return topic.endsWith('.dlq') || topic.endsWith(TOPICS.analytics) ? DLQ_RETENTION_MS : -1;
}

/** Who publishes an event: a service, or the gateway (the audit log, spec 8.8). */
export type Publisher = ServiceName | 'gateway';

interface Definition {
  service: Publisher;
  schema: TObject;
  /** Data field used as the Kafka key; events about one employee are keyed by NIP so they stay in order. */
  key: 'nip' | 'subject';
  summary: string;
}

const def = <S extends TObject>(service: Publisher, schema: S, key: Definition['key'], summary: string) => ({ service, schema, key, summary }) satisfies Definition;

/** Every event type of spec 3.2, without the `asn.` prefix and `.v1` suffix. */
export const EVENT_DEFINITIONS = {
  'personnel.employee.registered': def('personnel', personnel.EmployeeRegistered, 'nip', 'An employee (ASN) was registered.'),
  'personnel.employee.updated': def('personnel', personnel.EmployeeUpdated, 'nip', 'Name, position, grade or education changed; `changes` holds the new values.'),
  'personnel.employee.transferred': def('personnel', personnel.EmployeeTransferred, 'nip', 'The employee moved from one OPD to another.'),
  'personnel.employee.retired': def('personnel', personnel.EmployeeRetired, 'nip', 'The employee retired; no further enrolments or placements.'),
  'personnel.position-standard.set': def('personnel', personnel.PositionStandardSet, 'subject', "A position's competency standard was set (replaces the previous one)."),
  'personnel.competency.assessed': def('personnel', personnel.CompetencyAssessed, 'nip', 'A competency assessment of an employee.'),

  'learning.program.published': def('learning', learning.ProgramPublished, 'subject', 'A training programme was published.'),
  'learning.program.revised': def('learning', learning.ProgramRevised, 'subject', 'A programme was revised (spec 8.6): its feedback is counted afresh and it is recommended again.'),
  'learning.session.scheduled': def('learning', learning.SessionScheduled, 'subject', 'A session of a programme was scheduled.'),
  'learning.enrollment.created': def('learning', learning.EnrollmentCreated, 'nip', 'An employee was enrolled in a session.'),
  'learning.enrollment.cancelled': def('learning', learning.EnrollmentCancelled, 'nip', 'An enrolment was cancelled.'),
  'learning.training.completed': def('learning', learning.TrainingCompleted, 'nip', 'An employee completed a training; carries JP, scores and competencies.'),
  'learning.certificate.issued': def('learning', learning.CertificateIssued, 'nip', 'A certificate was issued for a passed completion.'),
  'learning.external-learning.reported': def('learning', learning.ExternalLearningReported, 'nip', 'Learning outside city programmes (webinar, MOOC, seminar...) was reported with its certificate file; it earns no JP until verified.'),
  'learning.external-learning.verified': def('learning', learning.ExternalLearningVerified, 'nip', 'An admin verified reported external learning: its JP count in the year of `completedOn`.'),
  'learning.external-learning.rejected': def('learning', learning.ExternalLearningRejected, 'nip', 'An admin rejected reported external learning, with the reason; it earns no JP.'),

  'partnerships.partner.registered': def('partnerships', partnerships.PartnerRegistered, 'subject', 'A partner institution was registered.'),
  'partnerships.agreement.signed': def('partnerships', partnerships.AgreementSigned, 'subject', 'An agreement (MoU/PKS) with a partner was signed.'),
  'partnerships.agreement.ended': def('partnerships', partnerships.AgreementEnded, 'subject', 'An agreement passed its end date.'),
  'partnerships.placement.started': def('partnerships', partnerships.PlacementStarted, 'nip', 'An employee started an internship, degree study or short course.'),
  'partnerships.placement.completed': def('partnerships', partnerships.PlacementCompleted, 'nip', 'A placement was completed; its JP count toward the yearly target.'),

  'innovation.idea.submitted': def('innovation', innovation.IdeaSubmitted, 'subject', 'An employee submitted an idea.'),
  'innovation.idea.status-changed': def('innovation', innovation.IdeaStatusChanged, 'subject', 'An idea moved along its lifecycle.'),
  'innovation.initiative.launched': def('innovation', innovation.InitiativeLaunched, 'subject', 'An approved idea was launched as an initiative.'),
  'innovation.participation.recorded': def('innovation', innovation.ParticipationRecorded, 'subject', 'Citizens took part in a launched initiative.'),
  'innovation.impact.reported': def('innovation', innovation.ImpactReported, 'subject', 'An impact indicator of an initiative was reported.'),

  'evaluation.feedback.submitted': def('evaluation', evaluation.FeedbackSubmitted, 'nip', 'Training feedback (Kirkpatrick level 1).'),
  'evaluation.behavior.assessed': def('evaluation', evaluation.BehaviorAssessed, 'nip', 'Behaviour assessment on the job (Kirkpatrick level 3).'),
  'evaluation.appraisal.recorded': def('evaluation', evaluation.AppraisalRecorded, 'nip', 'Yearly performance appraisal (SKP).'),
  'evaluation.discipline.recorded': def('evaluation', evaluation.DisciplineRecorded, 'nip', 'A discipline decision.'),

  'analytics.employee-metrics.updated': def('analytics', analytics.EmployeeMetricsUpdated, 'nip', "An employee's JP, gaps or IP ASN changed."),
  'analytics.opd-metrics.updated': def('analytics', analytics.OpdMetricsUpdated, 'subject', "An OPD's metrics changed."),
  'audit.write.recorded': def('gateway', audit.WriteRecorded, 'subject', 'An accepted write through the gateway: who, what, when (spec 8.8). Append-only.'),
  'analytics.program.flagged': def('analytics', analytics.ProgramFlagged, 'subject', 'A programme was flagged for revision (>= 5 feedbacks, average relevance < 3.0); once per year.'),
} as const;

export type EventName = keyof typeof EVENT_DEFINITIONS;
export type EventData<N extends EventName> = Static<(typeof EVENT_DEFINITIONS)[N]['schema']>;

export const EVENT_VERSION = 'v1';
/** `personnel.employee.registered` → `asn.personnel.employee.registered.v1` */
export const eventType = (name: EventName): string => `asn.${name}.${EVENT_VERSION}`;

const BY_TYPE = new Map<string, EventName>(Object.keys(EVENT_DEFINITIONS).map((n) => [eventType(n as EventName), n as EventName]));

export function eventNameOf(type: string): EventName | undefined {
  return BY_TYPE.get(type);
}

export function topicOf(name: EventName): string {
  return TOPICS[EVENT_DEFINITIONS[name].service];
}
