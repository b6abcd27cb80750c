// Original file: learning.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CancelEnrollmentRequest as _asn_learning_v1_CancelEnrollmentRequest, CancelEnrollmentRequest__Output as _asn_learning_v1_CancelEnrollmentRequest__Output } from '../../../asn/learning/v1/CancelEnrollmentRequest';
import type { CertificateHolder as _asn_learning_v1_CertificateHolder, CertificateHolder__Output as _asn_learning_v1_CertificateHolder__Output } from '../../../asn/learning/v1/CertificateHolder';
import type { CertificatePdf as _asn_learning_v1_CertificatePdf, CertificatePdf__Output as _asn_learning_v1_CertificatePdf__Output } from '../../../asn/learning/v1/CertificatePdf';
import type { CertificateVerification as _asn_learning_v1_CertificateVerification, CertificateVerification__Output as _asn_learning_v1_CertificateVerification__Output } from '../../../asn/learning/v1/CertificateVerification';
import type { CompleteEnrollmentRequest as _asn_learning_v1_CompleteEnrollmentRequest, CompleteEnrollmentRequest__Output as _asn_learning_v1_CompleteEnrollmentRequest__Output } from '../../../asn/learning/v1/CompleteEnrollmentRequest';
import type { Completion as _asn_learning_v1_Completion, Completion__Output as _asn_learning_v1_Completion__Output } from '../../../asn/learning/v1/Completion';
import type { DecideExternalLearningRequest as _asn_learning_v1_DecideExternalLearningRequest, DecideExternalLearningRequest__Output as _asn_learning_v1_DecideExternalLearningRequest__Output } from '../../../asn/learning/v1/DecideExternalLearningRequest';
import type { EnrollRequest as _asn_learning_v1_EnrollRequest, EnrollRequest__Output as _asn_learning_v1_EnrollRequest__Output } from '../../../asn/learning/v1/EnrollRequest';
import type { Enrollment as _asn_learning_v1_Enrollment, Enrollment__Output as _asn_learning_v1_Enrollment__Output } from '../../../asn/learning/v1/Enrollment';
import type { EnrollmentList as _asn_learning_v1_EnrollmentList, EnrollmentList__Output as _asn_learning_v1_EnrollmentList__Output } from '../../../asn/learning/v1/EnrollmentList';
import type { ExternalLearning as _asn_learning_v1_ExternalLearning, ExternalLearning__Output as _asn_learning_v1_ExternalLearning__Output } from '../../../asn/learning/v1/ExternalLearning';
import type { ExternalLearningFile as _asn_learning_v1_ExternalLearningFile, ExternalLearningFile__Output as _asn_learning_v1_ExternalLearningFile__Output } from '../../../asn/learning/v1/ExternalLearningFile';
import type { ExternalLearningPage as _asn_learning_v1_ExternalLearningPage, ExternalLearningPage__Output as _asn_learning_v1_ExternalLearningPage__Output } from '../../../asn/learning/v1/ExternalLearningPage';
import type { GetCertificateRequest as _asn_learning_v1_GetCertificateRequest, GetCertificateRequest__Output as _asn_learning_v1_GetCertificateRequest__Output } from '../../../asn/learning/v1/GetCertificateRequest';
import type { GetCertificateVerificationRequest as _asn_learning_v1_GetCertificateVerificationRequest, GetCertificateVerificationRequest__Output as _asn_learning_v1_GetCertificateVerificationRequest__Output } from '../../../asn/learning/v1/GetCertificateVerificationRequest';
import type { GetExternalLearningRequest as _asn_learning_v1_GetExternalLearningRequest, GetExternalLearningRequest__Output as _asn_learning_v1_GetExternalLearningRequest__Output } from '../../../asn/learning/v1/GetExternalLearningRequest';
import type { GetLearningHistoryRequest as _asn_learning_v1_GetLearningHistoryRequest, GetLearningHistoryRequest__Output as _asn_learning_v1_GetLearningHistoryRequest__Output } from '../../../asn/learning/v1/GetLearningHistoryRequest';
import type { GetProgramRequest as _asn_learning_v1_GetProgramRequest, GetProgramRequest__Output as _asn_learning_v1_GetProgramRequest__Output } from '../../../asn/learning/v1/GetProgramRequest';
import type { LearningHistory as _asn_learning_v1_LearningHistory, LearningHistory__Output as _asn_learning_v1_LearningHistory__Output } from '../../../asn/learning/v1/LearningHistory';
import type { ListEnrollmentsRequest as _asn_learning_v1_ListEnrollmentsRequest, ListEnrollmentsRequest__Output as _asn_learning_v1_ListEnrollmentsRequest__Output } from '../../../asn/learning/v1/ListEnrollmentsRequest';
import type { ListExternalLearningRequest as _asn_learning_v1_ListExternalLearningRequest, ListExternalLearningRequest__Output as _asn_learning_v1_ListExternalLearningRequest__Output } from '../../../asn/learning/v1/ListExternalLearningRequest';
import type { ListProgramsRequest as _asn_learning_v1_ListProgramsRequest, ListProgramsRequest__Output as _asn_learning_v1_ListProgramsRequest__Output } from '../../../asn/learning/v1/ListProgramsRequest';
import type { ListSessionsRequest as _asn_learning_v1_ListSessionsRequest, ListSessionsRequest__Output as _asn_learning_v1_ListSessionsRequest__Output } from '../../../asn/learning/v1/ListSessionsRequest';
import type { Program as _asn_learning_v1_Program, Program__Output as _asn_learning_v1_Program__Output } from '../../../asn/learning/v1/Program';
import type { ProgramPage as _asn_learning_v1_ProgramPage, ProgramPage__Output as _asn_learning_v1_ProgramPage__Output } from '../../../asn/learning/v1/ProgramPage';
import type { ProgramRevision as _asn_learning_v1_ProgramRevision, ProgramRevision__Output as _asn_learning_v1_ProgramRevision__Output } from '../../../asn/learning/v1/ProgramRevision';
import type { PublishProgramRequest as _asn_learning_v1_PublishProgramRequest, PublishProgramRequest__Output as _asn_learning_v1_PublishProgramRequest__Output } from '../../../asn/learning/v1/PublishProgramRequest';
import type { ReportExternalLearningRequest as _asn_learning_v1_ReportExternalLearningRequest, ReportExternalLearningRequest__Output as _asn_learning_v1_ReportExternalLearningRequest__Output } from '../../../asn/learning/v1/ReportExternalLearningRequest';
import type { ReviseProgramRequest as _asn_learning_v1_ReviseProgramRequest, ReviseProgramRequest__Output as _asn_learning_v1_ReviseProgramRequest__Output } from '../../../asn/learning/v1/ReviseProgramRequest';
import type { ScheduleSessionRequest as _asn_learning_v1_ScheduleSessionRequest, ScheduleSessionRequest__Output as _asn_learning_v1_ScheduleSessionRequest__Output } from '../../../asn/learning/v1/ScheduleSessionRequest';
import type { Session as _asn_learning_v1_Session, Session__Output as _asn_learning_v1_Session__Output } from '../../../asn/learning/v1/Session';
import type { SessionPage as _asn_learning_v1_SessionPage, SessionPage__Output as _asn_learning_v1_SessionPage__Output } from '../../../asn/learning/v1/SessionPage';

export interface LearningClient extends grpc.Client {
  CancelEnrollment(argument: _asn_learning_v1_CancelEnrollmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  CancelEnrollment(argument: _asn_learning_v1_CancelEnrollmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  CancelEnrollment(argument: _asn_learning_v1_CancelEnrollmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  CancelEnrollment(argument: _asn_learning_v1_CancelEnrollmentRequest, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  cancelEnrollment(argument: _asn_learning_v1_CancelEnrollmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  cancelEnrollment(argument: _asn_learning_v1_CancelEnrollmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  cancelEnrollment(argument: _asn_learning_v1_CancelEnrollmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  cancelEnrollment(argument: _asn_learning_v1_CancelEnrollmentRequest, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  
  CompleteEnrollment(argument: _asn_learning_v1_CompleteEnrollmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Completion__Output>): grpc.ClientUnaryCall;
  CompleteEnrollment(argument: _asn_learning_v1_CompleteEnrollmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_Completion__Output>): grpc.ClientUnaryCall;
  CompleteEnrollment(argument: _asn_learning_v1_CompleteEnrollmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Completion__Output>): grpc.ClientUnaryCall;
  CompleteEnrollment(argument: _asn_learning_v1_CompleteEnrollmentRequest, callback: grpc.requestCallback<_asn_learning_v1_Completion__Output>): grpc.ClientUnaryCall;
  completeEnrollment(argument: _asn_learning_v1_CompleteEnrollmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Completion__Output>): grpc.ClientUnaryCall;
  completeEnrollment(argument: _asn_learning_v1_CompleteEnrollmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_Completion__Output>): grpc.ClientUnaryCall;
  completeEnrollment(argument: _asn_learning_v1_CompleteEnrollmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Completion__Output>): grpc.ClientUnaryCall;
  completeEnrollment(argument: _asn_learning_v1_CompleteEnrollmentRequest, callback: grpc.requestCallback<_asn_learning_v1_Completion__Output>): grpc.ClientUnaryCall;
  
  DecideExternalLearning(argument: _asn_learning_v1_DecideExternalLearningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  DecideExternalLearning(argument: _asn_learning_v1_DecideExternalLearningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  DecideExternalLearning(argument: _asn_learning_v1_DecideExternalLearningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  DecideExternalLearning(argument: _asn_learning_v1_DecideExternalLearningRequest, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  decideExternalLearning(argument: _asn_learning_v1_DecideExternalLearningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  decideExternalLearning(argument: _asn_learning_v1_DecideExternalLearningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  decideExternalLearning(argument: _asn_learning_v1_DecideExternalLearningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  decideExternalLearning(argument: _asn_learning_v1_DecideExternalLearningRequest, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  
  Enroll(argument: _asn_learning_v1_EnrollRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  Enroll(argument: _asn_learning_v1_EnrollRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  Enroll(argument: _asn_learning_v1_EnrollRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  Enroll(argument: _asn_learning_v1_EnrollRequest, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  enroll(argument: _asn_learning_v1_EnrollRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  enroll(argument: _asn_learning_v1_EnrollRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  enroll(argument: _asn_learning_v1_EnrollRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  enroll(argument: _asn_learning_v1_EnrollRequest, callback: grpc.requestCallback<_asn_learning_v1_Enrollment__Output>): grpc.ClientUnaryCall;
  
  /**
   * who holds it, without rendering it
   */
  GetCertificateHolder(argument: _asn_learning_v1_GetCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_CertificateHolder__Output>): grpc.ClientUnaryCall;
  GetCertificateHolder(argument: _asn_learning_v1_GetCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_CertificateHolder__Output>): grpc.ClientUnaryCall;
  GetCertificateHolder(argument: _asn_learning_v1_GetCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_CertificateHolder__Output>): grpc.ClientUnaryCall;
  GetCertificateHolder(argument: _asn_learning_v1_GetCertificateRequest, callback: grpc.requestCallback<_asn_learning_v1_CertificateHolder__Output>): grpc.ClientUnaryCall;
  /**
   * who holds it, without rendering it
   */
  getCertificateHolder(argument: _asn_learning_v1_GetCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_CertificateHolder__Output>): grpc.ClientUnaryCall;
  getCertificateHolder(argument: _asn_learning_v1_GetCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_CertificateHolder__Output>): grpc.ClientUnaryCall;
  getCertificateHolder(argument: _asn_learning_v1_GetCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_CertificateHolder__Output>): grpc.ClientUnaryCall;
  getCertificateHolder(argument: _asn_learning_v1_GetCertificateRequest, callback: grpc.requestCallback<_asn_learning_v1_CertificateHolder__Output>): grpc.ClientUnaryCall;
  
  GetCertificatePdf(argument: _asn_learning_v1_GetCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_CertificatePdf__Output>): grpc.ClientUnaryCall;
  GetCertificatePdf(argument: _asn_learning_v1_GetCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_CertificatePdf__Output>): grpc.ClientUnaryCall;
  GetCertificatePdf(argument: _asn_learning_v1_GetCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_CertificatePdf__Output>): grpc.ClientUnaryCall;
  GetCertificatePdf(argument: _asn_learning_v1_GetCertificateRequest, callback: grpc.requestCallback<_asn_learning_v1_CertificatePdf__Output>): grpc.ClientUnaryCall;
  getCertificatePdf(argument: _asn_learning_v1_GetCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_CertificatePdf__Output>): grpc.ClientUnaryCall;
  getCertificatePdf(argument: _asn_learning_v1_GetCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_CertificatePdf__Output>): grpc.ClientUnaryCall;
  getCertificatePdf(argument: _asn_learning_v1_GetCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_CertificatePdf__Output>): grpc.ClientUnaryCall;
  getCertificatePdf(argument: _asn_learning_v1_GetCertificateRequest, callback: grpc.requestCallback<_asn_learning_v1_CertificatePdf__Output>): grpc.ClientUnaryCall;
  
  /**
   * The public verification page behind a certificate's QR code: what anyone may see of it (issue #16).
   */
  GetCertificateVerification(argument: _asn_learning_v1_GetCertificateVerificationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  GetCertificateVerification(argument: _asn_learning_v1_GetCertificateVerificationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  GetCertificateVerification(argument: _asn_learning_v1_GetCertificateVerificationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  GetCertificateVerification(argument: _asn_learning_v1_GetCertificateVerificationRequest, callback: grpc.requestCallback<_asn_learning_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  /**
   * The public verification page behind a certificate's QR code: what anyone may see of it (issue #16).
   */
  getCertificateVerification(argument: _asn_learning_v1_GetCertificateVerificationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  getCertificateVerification(argument: _asn_learning_v1_GetCertificateVerificationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  getCertificateVerification(argument: _asn_learning_v1_GetCertificateVerificationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  getCertificateVerification(argument: _asn_learning_v1_GetCertificateVerificationRequest, callback: grpc.requestCallback<_asn_learning_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  
  GetExternalLearning(argument: _asn_learning_v1_GetExternalLearningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  GetExternalLearning(argument: _asn_learning_v1_GetExternalLearningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  GetExternalLearning(argument: _asn_learning_v1_GetExternalLearningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  GetExternalLearning(argument: _asn_learning_v1_GetExternalLearningRequest, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  getExternalLearning(argument: _asn_learning_v1_GetExternalLearningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  getExternalLearning(argument: _asn_learning_v1_GetExternalLearningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  getExternalLearning(argument: _asn_learning_v1_GetExternalLearningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  getExternalLearning(argument: _asn_learning_v1_GetExternalLearningRequest, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  
  GetExternalLearningFile(argument: _asn_learning_v1_GetExternalLearningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningFile__Output>): grpc.ClientUnaryCall;
  GetExternalLearningFile(argument: _asn_learning_v1_GetExternalLearningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningFile__Output>): grpc.ClientUnaryCall;
  GetExternalLearningFile(argument: _asn_learning_v1_GetExternalLearningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningFile__Output>): grpc.ClientUnaryCall;
  GetExternalLearningFile(argument: _asn_learning_v1_GetExternalLearningRequest, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningFile__Output>): grpc.ClientUnaryCall;
  getExternalLearningFile(argument: _asn_learning_v1_GetExternalLearningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningFile__Output>): grpc.ClientUnaryCall;
  getExternalLearningFile(argument: _asn_learning_v1_GetExternalLearningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningFile__Output>): grpc.ClientUnaryCall;
  getExternalLearningFile(argument: _asn_learning_v1_GetExternalLearningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningFile__Output>): grpc.ClientUnaryCall;
  getExternalLearningFile(argument: _asn_learning_v1_GetExternalLearningRequest, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningFile__Output>): grpc.ClientUnaryCall;
  
  GetLearningHistory(argument: _asn_learning_v1_GetLearningHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_LearningHistory__Output>): grpc.ClientUnaryCall;
  GetLearningHistory(argument: _asn_learning_v1_GetLearningHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_LearningHistory__Output>): grpc.ClientUnaryCall;
  GetLearningHistory(argument: _asn_learning_v1_GetLearningHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_LearningHistory__Output>): grpc.ClientUnaryCall;
  GetLearningHistory(argument: _asn_learning_v1_GetLearningHistoryRequest, callback: grpc.requestCallback<_asn_learning_v1_LearningHistory__Output>): grpc.ClientUnaryCall;
  getLearningHistory(argument: _asn_learning_v1_GetLearningHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_LearningHistory__Output>): grpc.ClientUnaryCall;
  getLearningHistory(argument: _asn_learning_v1_GetLearningHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_LearningHistory__Output>): grpc.ClientUnaryCall;
  getLearningHistory(argument: _asn_learning_v1_GetLearningHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_LearningHistory__Output>): grpc.ClientUnaryCall;
  getLearningHistory(argument: _asn_learning_v1_GetLearningHistoryRequest, callback: grpc.requestCallback<_asn_learning_v1_LearningHistory__Output>): grpc.ClientUnaryCall;
  
  GetProgram(argument: _asn_learning_v1_GetProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  GetProgram(argument: _asn_learning_v1_GetProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  GetProgram(argument: _asn_learning_v1_GetProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  GetProgram(argument: _asn_learning_v1_GetProgramRequest, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _asn_learning_v1_GetProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _asn_learning_v1_GetProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _asn_learning_v1_GetProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _asn_learning_v1_GetProgramRequest, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  
  /**
   * A session's enrolments (bounded by its capacity), by NIP; an OPD's only when opd is set.
   */
  ListEnrollments(argument: _asn_learning_v1_ListEnrollmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_EnrollmentList__Output>): grpc.ClientUnaryCall;
  ListEnrollments(argument: _asn_learning_v1_ListEnrollmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_EnrollmentList__Output>): grpc.ClientUnaryCall;
  ListEnrollments(argument: _asn_learning_v1_ListEnrollmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_EnrollmentList__Output>): grpc.ClientUnaryCall;
  ListEnrollments(argument: _asn_learning_v1_ListEnrollmentsRequest, callback: grpc.requestCallback<_asn_learning_v1_EnrollmentList__Output>): grpc.ClientUnaryCall;
  /**
   * A session's enrolments (bounded by its capacity), by NIP; an OPD's only when opd is set.
   */
  listEnrollments(argument: _asn_learning_v1_ListEnrollmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_EnrollmentList__Output>): grpc.ClientUnaryCall;
  listEnrollments(argument: _asn_learning_v1_ListEnrollmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_EnrollmentList__Output>): grpc.ClientUnaryCall;
  listEnrollments(argument: _asn_learning_v1_ListEnrollmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_EnrollmentList__Output>): grpc.ClientUnaryCall;
  listEnrollments(argument: _asn_learning_v1_ListEnrollmentsRequest, callback: grpc.requestCallback<_asn_learning_v1_EnrollmentList__Output>): grpc.ClientUnaryCall;
  
  ListExternalLearning(argument: _asn_learning_v1_ListExternalLearningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningPage__Output>): grpc.ClientUnaryCall;
  ListExternalLearning(argument: _asn_learning_v1_ListExternalLearningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningPage__Output>): grpc.ClientUnaryCall;
  ListExternalLearning(argument: _asn_learning_v1_ListExternalLearningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningPage__Output>): grpc.ClientUnaryCall;
  ListExternalLearning(argument: _asn_learning_v1_ListExternalLearningRequest, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningPage__Output>): grpc.ClientUnaryCall;
  listExternalLearning(argument: _asn_learning_v1_ListExternalLearningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningPage__Output>): grpc.ClientUnaryCall;
  listExternalLearning(argument: _asn_learning_v1_ListExternalLearningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningPage__Output>): grpc.ClientUnaryCall;
  listExternalLearning(argument: _asn_learning_v1_ListExternalLearningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningPage__Output>): grpc.ClientUnaryCall;
  listExternalLearning(argument: _asn_learning_v1_ListExternalLearningRequest, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearningPage__Output>): grpc.ClientUnaryCall;
  
  ListPrograms(argument: _asn_learning_v1_ListProgramsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ProgramPage__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _asn_learning_v1_ListProgramsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ProgramPage__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _asn_learning_v1_ListProgramsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ProgramPage__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _asn_learning_v1_ListProgramsRequest, callback: grpc.requestCallback<_asn_learning_v1_ProgramPage__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _asn_learning_v1_ListProgramsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ProgramPage__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _asn_learning_v1_ListProgramsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ProgramPage__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _asn_learning_v1_ListProgramsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ProgramPage__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _asn_learning_v1_ListProgramsRequest, callback: grpc.requestCallback<_asn_learning_v1_ProgramPage__Output>): grpc.ClientUnaryCall;
  
  ListSessions(argument: _asn_learning_v1_ListSessionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_SessionPage__Output>): grpc.ClientUnaryCall;
  ListSessions(argument: _asn_learning_v1_ListSessionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_SessionPage__Output>): grpc.ClientUnaryCall;
  ListSessions(argument: _asn_learning_v1_ListSessionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_SessionPage__Output>): grpc.ClientUnaryCall;
  ListSessions(argument: _asn_learning_v1_ListSessionsRequest, callback: grpc.requestCallback<_asn_learning_v1_SessionPage__Output>): grpc.ClientUnaryCall;
  listSessions(argument: _asn_learning_v1_ListSessionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_SessionPage__Output>): grpc.ClientUnaryCall;
  listSessions(argument: _asn_learning_v1_ListSessionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_SessionPage__Output>): grpc.ClientUnaryCall;
  listSessions(argument: _asn_learning_v1_ListSessionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_SessionPage__Output>): grpc.ClientUnaryCall;
  listSessions(argument: _asn_learning_v1_ListSessionsRequest, callback: grpc.requestCallback<_asn_learning_v1_SessionPage__Output>): grpc.ClientUnaryCall;
  
  PublishProgram(argument: _asn_learning_v1_PublishProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  PublishProgram(argument: _asn_learning_v1_PublishProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  PublishProgram(argument: _asn_learning_v1_PublishProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  PublishProgram(argument: _asn_learning_v1_PublishProgramRequest, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  publishProgram(argument: _asn_learning_v1_PublishProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  publishProgram(argument: _asn_learning_v1_PublishProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  publishProgram(argument: _asn_learning_v1_PublishProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  publishProgram(argument: _asn_learning_v1_PublishProgramRequest, callback: grpc.requestCallback<_asn_learning_v1_Program__Output>): grpc.ClientUnaryCall;
  
  /**
   * Learning outside city programmes (issue #15, item 10): reported with a certificate file, verified or rejected by an admin.
   */
  ReportExternalLearning(argument: _asn_learning_v1_ReportExternalLearningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  ReportExternalLearning(argument: _asn_learning_v1_ReportExternalLearningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  ReportExternalLearning(argument: _asn_learning_v1_ReportExternalLearningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  ReportExternalLearning(argument: _asn_learning_v1_ReportExternalLearningRequest, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  /**
   * Learning outside city programmes (issue #15, item 10): reported with a certificate file, verified or rejected by an admin.
   */
  reportExternalLearning(argument: _asn_learning_v1_ReportExternalLearningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  reportExternalLearning(argument: _asn_learning_v1_ReportExternalLearningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  reportExternalLearning(argument: _asn_learning_v1_ReportExternalLearningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  reportExternalLearning(argument: _asn_learning_v1_ReportExternalLearningRequest, callback: grpc.requestCallback<_asn_learning_v1_ExternalLearning__Output>): grpc.ClientUnaryCall;
  
  /**
   * spec 8.6
   */
  ReviseProgram(argument: _asn_learning_v1_ReviseProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ProgramRevision__Output>): grpc.ClientUnaryCall;
  ReviseProgram(argument: _asn_learning_v1_ReviseProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ProgramRevision__Output>): grpc.ClientUnaryCall;
  ReviseProgram(argument: _asn_learning_v1_ReviseProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ProgramRevision__Output>): grpc.ClientUnaryCall;
  ReviseProgram(argument: _asn_learning_v1_ReviseProgramRequest, callback: grpc.requestCallback<_asn_learning_v1_ProgramRevision__Output>): grpc.ClientUnaryCall;
  /**
   * spec 8.6
   */
  reviseProgram(argument: _asn_learning_v1_ReviseProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ProgramRevision__Output>): grpc.ClientUnaryCall;
  reviseProgram(argument: _asn_learning_v1_ReviseProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_ProgramRevision__Output>): grpc.ClientUnaryCall;
  reviseProgram(argument: _asn_learning_v1_ReviseProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_ProgramRevision__Output>): grpc.ClientUnaryCall;
  reviseProgram(argument: _asn_learning_v1_ReviseProgramRequest, callback: grpc.requestCallback<_asn_learning_v1_ProgramRevision__Output>): grpc.ClientUnaryCall;
  
  ScheduleSession(argument: _asn_learning_v1_ScheduleSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Session__Output>): grpc.ClientUnaryCall;
  ScheduleSession(argument: _asn_learning_v1_ScheduleSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_Session__Output>): grpc.ClientUnaryCall;
  ScheduleSession(argument: _asn_learning_v1_ScheduleSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Session__Output>): grpc.ClientUnaryCall;
  ScheduleSession(argument: _asn_learning_v1_ScheduleSessionRequest, callback: grpc.requestCallback<_asn_learning_v1_Session__Output>): grpc.ClientUnaryCall;
  scheduleSession(argument: _asn_learning_v1_ScheduleSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Session__Output>): grpc.ClientUnaryCall;
  scheduleSession(argument: _asn_learning_v1_ScheduleSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_learning_v1_Session__Output>): grpc.ClientUnaryCall;
  scheduleSession(argument: _asn_learning_v1_ScheduleSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_learning_v1_Session__Output>): grpc.ClientUnaryCall;
  scheduleSession(argument: _asn_learning_v1_ScheduleSessionRequest, callback: grpc.requestCallback<_asn_learning_v1_Session__Output>): grpc.ClientUnaryCall;
  
}

export interface LearningHandlers extends grpc.UntypedServiceImplementation {
  CancelEnrollment: grpc.handleUnaryCall<_asn_learning_v1_CancelEnrollmentRequest__Output, _asn_learning_v1_Enrollment>;
  
  CompleteEnrollment: grpc.handleUnaryCall<_asn_learning_v1_CompleteEnrollmentRequest__Output, _asn_learning_v1_Completion>;
  
  DecideExternalLearning: grpc.handleUnaryCall<_asn_learning_v1_DecideExternalLearningRequest__Output, _asn_learning_v1_ExternalLearning>;
  
  Enroll: grpc.handleUnaryCall<_asn_learning_v1_EnrollRequest__Output, _asn_learning_v1_Enrollment>;
  
  /**
   * who holds it, without rendering it
   */
  GetCertificateHolder: grpc.handleUnaryCall<_asn_learning_v1_GetCertificateRequest__Output, _asn_learning_v1_CertificateHolder>;
  
  GetCertificatePdf: grpc.handleUnaryCall<_asn_learning_v1_GetCertificateRequest__Output, _asn_learning_v1_CertificatePdf>;
  
  /**
   * The public verification page behind a certificate's QR code: what anyone may see of it (issue #16).
   */
  GetCertificateVerification: grpc.handleUnaryCall<_asn_learning_v1_GetCertificateVerificationRequest__Output, _asn_learning_v1_CertificateVerification>;
  
  GetExternalLearning: grpc.handleUnaryCall<_asn_learning_v1_GetExternalLearningRequest__Output, _asn_learning_v1_ExternalLearning>;
  
  GetExternalLearningFile: grpc.handleUnaryCall<_asn_learning_v1_GetExternalLearningRequest__Output, _asn_learning_v1_ExternalLearningFile>;
  
  GetLearningHistory: grpc.handleUnaryCall<_asn_learning_v1_GetLearningHistoryRequest__Output, _asn_learning_v1_LearningHistory>;
  
  GetProgram: grpc.handleUnaryCall<_asn_learning_v1_GetProgramRequest__Output, _asn_learning_v1_Program>;
  
  /**
   * A session's enrolments (bounded by its capacity), by NIP; an OPD's only when opd is set.
   */
  ListEnrollments: grpc.handleUnaryCall<_asn_learning_v1_ListEnrollmentsRequest__Output, _asn_learning_v1_EnrollmentList>;
  
  ListExternalLearning: grpc.handleUnaryCall<_asn_learning_v1_ListExternalLearningRequest__Output, _asn_learning_v1_ExternalLearningPage>;
  
  ListPrograms: grpc.handleUnaryCall<_asn_learning_v1_ListProgramsRequest__Output, _asn_learning_v1_ProgramPage>;
  
  ListSessions: grpc.handleUnaryCall<_asn_learning_v1_ListSessionsRequest__Output, _asn_learning_v1_SessionPage>;
  
  PublishProgram: grpc.handleUnaryCall<_asn_learning_v1_PublishProgramRequest__Output, _asn_learning_v1_Program>;
  
  /**
   * Learning outside city programmes (issue #15, item 10): reported with a certificate file, verified or rejected by an admin.
   */
  ReportExternalLearning: grpc.handleUnaryCall<_asn_learning_v1_ReportExternalLearningRequest__Output, _asn_learning_v1_ExternalLearning>;
  
  /**
   * spec 8.6
   */
  ReviseProgram: grpc.handleUnaryCall<_asn_learning_v1_ReviseProgramRequest__Output, _asn_learning_v1_ProgramRevision>;
  
  ScheduleSession: grpc.handleUnaryCall<_asn_learning_v1_ScheduleSessionRequest__Output, _asn_learning_v1_Session>;
  
}

export interface LearningDefinition extends grpc.ServiceDefinition {
  CancelEnrollment: MethodDefinition<_asn_learning_v1_CancelEnrollmentRequest, _asn_learning_v1_Enrollment, _asn_learning_v1_CancelEnrollmentRequest__Output, _asn_learning_v1_Enrollment__Output>
  CompleteEnrollment: MethodDefinition<_asn_learning_v1_CompleteEnrollmentRequest, _asn_learning_v1_Completion, _asn_learning_v1_CompleteEnrollmentRequest__Output, _asn_learning_v1_Completion__Output>
  DecideExternalLearning: MethodDefinition<_asn_learning_v1_DecideExternalLearningRequest, _asn_learning_v1_ExternalLearning, _asn_learning_v1_DecideExternalLearningRequest__Output, _asn_learning_v1_ExternalLearning__Output>
  Enroll: MethodDefinition<_asn_learning_v1_EnrollRequest, _asn_learning_v1_Enrollment, _asn_learning_v1_EnrollRequest__Output, _asn_learning_v1_Enrollment__Output>
  GetCertificateHolder: MethodDefinition<_asn_learning_v1_GetCertificateRequest, _asn_learning_v1_CertificateHolder, _asn_learning_v1_GetCertificateRequest__Output, _asn_learning_v1_CertificateHolder__Output>
  GetCertificatePdf: MethodDefinition<_asn_learning_v1_GetCertificateRequest, _asn_learning_v1_CertificatePdf, _asn_learning_v1_GetCertificateRequest__Output, _asn_learning_v1_CertificatePdf__Output>
  GetCertificateVerification: MethodDefinition<_asn_learning_v1_GetCertificateVerificationRequest, _asn_learning_v1_CertificateVerification, _asn_learning_v1_GetCertificateVerificationRequest__Output, _asn_learning_v1_CertificateVerification__Output>
  GetExternalLearning: MethodDefinition<_asn_learning_v1_GetExternalLearningRequest, _asn_learning_v1_ExternalLearning, _asn_learning_v1_GetExternalLearningRequest__Output, _asn_learning_v1_ExternalLearning__Output>
  GetExternalLearningFile: MethodDefinition<_asn_learning_v1_GetExternalLearningRequest, _asn_learning_v1_ExternalLearningFile, _asn_learning_v1_GetExternalLearningRequest__Output, _asn_learning_v1_ExternalLearningFile__Output>
  GetLearningHistory: MethodDefinition<_asn_learning_v1_GetLearningHistoryRequest, _asn_learning_v1_LearningHistory, _asn_learning_v1_GetLearningHistoryRequest__Output, _asn_learning_v1_LearningHistory__Output>
  GetProgram: MethodDefinition<_asn_learning_v1_GetProgramRequest, _asn_learning_v1_Program, _asn_learning_v1_GetProgramRequest__Output, _asn_learning_v1_Program__Output>
  ListEnrollments: MethodDefinition<_asn_learning_v1_ListEnrollmentsRequest, _asn_learning_v1_EnrollmentList, _asn_learning_v1_ListEnrollmentsRequest__Output, _asn_learning_v1_EnrollmentList__Output>
  ListExternalLearning: MethodDefinition<_asn_learning_v1_ListExternalLearningRequest, _asn_learning_v1_ExternalLearningPage, _asn_learning_v1_ListExternalLearningRequest__Output, _asn_learning_v1_ExternalLearningPage__Output>
  ListPrograms: MethodDefinition<_asn_learning_v1_ListProgramsRequest, _asn_learning_v1_ProgramPage, _asn_learning_v1_ListProgramsRequest__Output, _asn_learning_v1_ProgramPage__Output>
  ListSessions: MethodDefinition<_asn_learning_v1_ListSessionsRequest, _asn_learning_v1_SessionPage, _asn_learning_v1_ListSessionsRequest__Output, _asn_learning_v1_SessionPage__Output>
  PublishProgram: MethodDefinition<_asn_learning_v1_PublishProgramRequest, _asn_learning_v1_Program, _asn_learning_v1_PublishProgramRequest__Output, _asn_learning_v1_Program__Output>
  ReportExternalLearning: MethodDefinition<_asn_learning_v1_ReportExternalLearningRequest, _asn_learning_v1_ExternalLearning, _asn_learning_v1_ReportExternalLearningRequest__Output, _asn_learning_v1_ExternalLearning__Output>
  ReviseProgram: MethodDefinition<_asn_learning_v1_ReviseProgramRequest, _asn_learning_v1_ProgramRevision, _asn_learning_v1_ReviseProgramRequest__Output, _asn_learning_v1_ProgramRevision__Output>
  ScheduleSession: MethodDefinition<_asn_learning_v1_ScheduleSessionRequest, _asn_learning_v1_Session, _asn_learning_v1_ScheduleSessionRequest__Output, _asn_learning_v1_Session__Output>
}
