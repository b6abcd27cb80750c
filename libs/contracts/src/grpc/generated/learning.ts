import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CompetencyRef as _asn_common_v1_CompetencyRef, CompetencyRef__Output as _asn_common_v1_CompetencyRef__Output } from './asn/common/v1/CompetencyRef';
import type { Empty as _asn_common_v1_Empty, Empty__Output as _asn_common_v1_Empty__Output } from './asn/common/v1/Empty';
import type { Health as _asn_common_v1_Health, Health__Output as _asn_common_v1_Health__Output } from './asn/common/v1/Health';
import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from './asn/common/v1/PageRequest';
import type { CancelEnrollmentRequest as _asn_learning_v1_CancelEnrollmentRequest, CancelEnrollmentRequest__Output as _asn_learning_v1_CancelEnrollmentRequest__Output } from './asn/learning/v1/CancelEnrollmentRequest';
import type { Certificate as _asn_learning_v1_Certificate, Certificate__Output as _asn_learning_v1_Certificate__Output } from './asn/learning/v1/Certificate';
import type { CertificateFileInfo as _asn_learning_v1_CertificateFileInfo, CertificateFileInfo__Output as _asn_learning_v1_CertificateFileInfo__Output } from './asn/learning/v1/CertificateFileInfo';
import type { CertificateHolder as _asn_learning_v1_CertificateHolder, CertificateHolder__Output as _asn_learning_v1_CertificateHolder__Output } from './asn/learning/v1/CertificateHolder';
import type { CertificatePdf as _asn_learning_v1_CertificatePdf, CertificatePdf__Output as _asn_learning_v1_CertificatePdf__Output } from './asn/learning/v1/CertificatePdf';
import type { CertificateVerification as _asn_learning_v1_CertificateVerification, CertificateVerification__Output as _asn_learning_v1_CertificateVerification__Output } from './asn/learning/v1/CertificateVerification';
import type { CompleteEnrollmentRequest as _asn_learning_v1_CompleteEnrollmentRequest, CompleteEnrollmentRequest__Output as _asn_learning_v1_CompleteEnrollmentRequest__Output } from './asn/learning/v1/CompleteEnrollmentRequest';
import type { Completion as _asn_learning_v1_Completion, Completion__Output as _asn_learning_v1_Completion__Output } from './asn/learning/v1/Completion';
import type { DecideExternalLearningRequest as _asn_learning_v1_DecideExternalLearningRequest, DecideExternalLearningRequest__Output as _asn_learning_v1_DecideExternalLearningRequest__Output } from './asn/learning/v1/DecideExternalLearningRequest';
import type { EnrollRequest as _asn_learning_v1_EnrollRequest, EnrollRequest__Output as _asn_learning_v1_EnrollRequest__Output } from './asn/learning/v1/EnrollRequest';
import type { EnrolledEmployee as _asn_learning_v1_EnrolledEmployee, EnrolledEmployee__Output as _asn_learning_v1_EnrolledEmployee__Output } from './asn/learning/v1/EnrolledEmployee';
import type { Enrollment as _asn_learning_v1_Enrollment, Enrollment__Output as _asn_learning_v1_Enrollment__Output } from './asn/learning/v1/Enrollment';
import type { EnrollmentList as _asn_learning_v1_EnrollmentList, EnrollmentList__Output as _asn_learning_v1_EnrollmentList__Output } from './asn/learning/v1/EnrollmentList';
import type { ExternalLearning as _asn_learning_v1_ExternalLearning, ExternalLearning__Output as _asn_learning_v1_ExternalLearning__Output } from './asn/learning/v1/ExternalLearning';
import type { ExternalLearningFile as _asn_learning_v1_ExternalLearningFile, ExternalLearningFile__Output as _asn_learning_v1_ExternalLearningFile__Output } from './asn/learning/v1/ExternalLearningFile';
import type { ExternalLearningPage as _asn_learning_v1_ExternalLearningPage, ExternalLearningPage__Output as _asn_learning_v1_ExternalLearningPage__Output } from './asn/learning/v1/ExternalLearningPage';
import type { GetCertificateRequest as _asn_learning_v1_GetCertificateRequest, GetCertificateRequest__Output as _asn_learning_v1_GetCertificateRequest__Output } from './asn/learning/v1/GetCertificateRequest';
import type { GetCertificateVerificationRequest as _asn_learning_v1_GetCertificateVerificationRequest, GetCertificateVerificationRequest__Output as _asn_learning_v1_GetCertificateVerificationRequest__Output } from './asn/learning/v1/GetCertificateVerificationRequest';
import type { GetExternalLearningRequest as _asn_learning_v1_GetExternalLearningRequest, GetExternalLearningRequest__Output as _asn_learning_v1_GetExternalLearningRequest__Output } from './asn/learning/v1/GetExternalLearningRequest';
import type { GetLearningHistoryRequest as _asn_learning_v1_GetLearningHistoryRequest, GetLearningHistoryRequest__Output as _asn_learning_v1_GetLearningHistoryRequest__Output } from './asn/learning/v1/GetLearningHistoryRequest';
import type { GetProgramRequest as _asn_learning_v1_GetProgramRequest, GetProgramRequest__Output as _asn_learning_v1_GetProgramRequest__Output } from './asn/learning/v1/GetProgramRequest';
import type { LearningClient as _asn_learning_v1_LearningClient, LearningDefinition as _asn_learning_v1_LearningDefinition } from './asn/learning/v1/Learning';
import type { LearningHistory as _asn_learning_v1_LearningHistory, LearningHistory__Output as _asn_learning_v1_LearningHistory__Output } from './asn/learning/v1/LearningHistory';
import type { LearningHistoryItem as _asn_learning_v1_LearningHistoryItem, LearningHistoryItem__Output as _asn_learning_v1_LearningHistoryItem__Output } from './asn/learning/v1/LearningHistoryItem';
import type { ListEnrollmentsRequest as _asn_learning_v1_ListEnrollmentsRequest, ListEnrollmentsRequest__Output as _asn_learning_v1_ListEnrollmentsRequest__Output } from './asn/learning/v1/ListEnrollmentsRequest';
import type { ListExternalLearningRequest as _asn_learning_v1_ListExternalLearningRequest, ListExternalLearningRequest__Output as _asn_learning_v1_ListExternalLearningRequest__Output } from './asn/learning/v1/ListExternalLearningRequest';
import type { ListProgramsRequest as _asn_learning_v1_ListProgramsRequest, ListProgramsRequest__Output as _asn_learning_v1_ListProgramsRequest__Output } from './asn/learning/v1/ListProgramsRequest';
import type { ListSessionsRequest as _asn_learning_v1_ListSessionsRequest, ListSessionsRequest__Output as _asn_learning_v1_ListSessionsRequest__Output } from './asn/learning/v1/ListSessionsRequest';
import type { Program as _asn_learning_v1_Program, Program__Output as _asn_learning_v1_Program__Output } from './asn/learning/v1/Program';
import type { ProgramPage as _asn_learning_v1_ProgramPage, ProgramPage__Output as _asn_learning_v1_ProgramPage__Output } from './asn/learning/v1/ProgramPage';
import type { ProgramRevision as _asn_learning_v1_ProgramRevision, ProgramRevision__Output as _asn_learning_v1_ProgramRevision__Output } from './asn/learning/v1/ProgramRevision';
import type { PublishProgramRequest as _asn_learning_v1_PublishProgramRequest, PublishProgramRequest__Output as _asn_learning_v1_PublishProgramRequest__Output } from './asn/learning/v1/PublishProgramRequest';
import type { ReportExternalLearningRequest as _asn_learning_v1_ReportExternalLearningRequest, ReportExternalLearningRequest__Output as _asn_learning_v1_ReportExternalLearningRequest__Output } from './asn/learning/v1/ReportExternalLearningRequest';
import type { ReviseProgramRequest as _asn_learning_v1_ReviseProgramRequest, ReviseProgramRequest__Output as _asn_learning_v1_ReviseProgramRequest__Output } from './asn/learning/v1/ReviseProgramRequest';
import type { ScheduleSessionRequest as _asn_learning_v1_ScheduleSessionRequest, ScheduleSessionRequest__Output as _asn_learning_v1_ScheduleSessionRequest__Output } from './asn/learning/v1/ScheduleSessionRequest';
import type { ScheduledSession as _asn_learning_v1_ScheduledSession, ScheduledSession__Output as _asn_learning_v1_ScheduledSession__Output } from './asn/learning/v1/ScheduledSession';
import type { Session as _asn_learning_v1_Session, Session__Output as _asn_learning_v1_Session__Output } from './asn/learning/v1/Session';
import type { SessionPage as _asn_learning_v1_SessionPage, SessionPage__Output as _asn_learning_v1_SessionPage__Output } from './asn/learning/v1/SessionPage';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  asn: {
    common: {
      v1: {
        CompetencyRef: MessageTypeDefinition<_asn_common_v1_CompetencyRef, _asn_common_v1_CompetencyRef__Output>
        Empty: MessageTypeDefinition<_asn_common_v1_Empty, _asn_common_v1_Empty__Output>
        Health: MessageTypeDefinition<_asn_common_v1_Health, _asn_common_v1_Health__Output>
        PageRequest: MessageTypeDefinition<_asn_common_v1_PageRequest, _asn_common_v1_PageRequest__Output>
      }
    }
    learning: {
      v1: {
        CancelEnrollmentRequest: MessageTypeDefinition<_asn_learning_v1_CancelEnrollmentRequest, _asn_learning_v1_CancelEnrollmentRequest__Output>
        Certificate: MessageTypeDefinition<_asn_learning_v1_Certificate, _asn_learning_v1_Certificate__Output>
        CertificateFileInfo: MessageTypeDefinition<_asn_learning_v1_CertificateFileInfo, _asn_learning_v1_CertificateFileInfo__Output>
        CertificateHolder: MessageTypeDefinition<_asn_learning_v1_CertificateHolder, _asn_learning_v1_CertificateHolder__Output>
        CertificatePdf: MessageTypeDefinition<_asn_learning_v1_CertificatePdf, _asn_learning_v1_CertificatePdf__Output>
        CertificateVerification: MessageTypeDefinition<_asn_learning_v1_CertificateVerification, _asn_learning_v1_CertificateVerification__Output>
        CompleteEnrollmentRequest: MessageTypeDefinition<_asn_learning_v1_CompleteEnrollmentRequest, _asn_learning_v1_CompleteEnrollmentRequest__Output>
        Completion: MessageTypeDefinition<_asn_learning_v1_Completion, _asn_learning_v1_Completion__Output>
        DecideExternalLearningRequest: MessageTypeDefinition<_asn_learning_v1_DecideExternalLearningRequest, _asn_learning_v1_DecideExternalLearningRequest__Output>
        EnrollRequest: MessageTypeDefinition<_asn_learning_v1_EnrollRequest, _asn_learning_v1_EnrollRequest__Output>
        EnrolledEmployee: MessageTypeDefinition<_asn_learning_v1_EnrolledEmployee, _asn_learning_v1_EnrolledEmployee__Output>
        Enrollment: MessageTypeDefinition<_asn_learning_v1_Enrollment, _asn_learning_v1_Enrollment__Output>
        EnrollmentList: MessageTypeDefinition<_asn_learning_v1_EnrollmentList, _asn_learning_v1_EnrollmentList__Output>
        ExternalLearning: MessageTypeDefinition<_asn_learning_v1_ExternalLearning, _asn_learning_v1_ExternalLearning__Output>
        ExternalLearningFile: MessageTypeDefinition<_asn_learning_v1_ExternalLearningFile, _asn_learning_v1_ExternalLearningFile__Output>
        ExternalLearningPage: MessageTypeDefinition<_asn_learning_v1_ExternalLearningPage, _asn_learning_v1_ExternalLearningPage__Output>
        GetCertificateRequest: MessageTypeDefinition<_asn_learning_v1_GetCertificateRequest, _asn_learning_v1_GetCertificateRequest__Output>
        GetCertificateVerificationRequest: MessageTypeDefinition<_asn_learning_v1_GetCertificateVerificationRequest, _asn_learning_v1_GetCertificateVerificationRequest__Output>
        GetExternalLearningRequest: MessageTypeDefinition<_asn_learning_v1_GetExternalLearningRequest, _asn_learning_v1_GetExternalLearningRequest__Output>
        GetLearningHistoryRequest: MessageTypeDefinition<_asn_learning_v1_GetLearningHistoryRequest, _asn_learning_v1_GetLearningHistoryRequest__Output>
        GetProgramRequest: MessageTypeDefinition<_asn_learning_v1_GetProgramRequest, _asn_learning_v1_GetProgramRequest__Output>
        Learning: SubtypeConstructor<typeof grpc.Client, _asn_learning_v1_LearningClient> & { service: _asn_learning_v1_LearningDefinition }
        LearningHistory: MessageTypeDefinition<_asn_learning_v1_LearningHistory, _asn_learning_v1_LearningHistory__Output>
        LearningHistoryItem: MessageTypeDefinition<_asn_learning_v1_LearningHistoryItem, _asn_learning_v1_LearningHistoryItem__Output>
        ListEnrollmentsRequest: MessageTypeDefinition<_asn_learning_v1_ListEnrollmentsRequest, _asn_learning_v1_ListEnrollmentsRequest__Output>
        ListExternalLearningRequest: MessageTypeDefinition<_asn_learning_v1_ListExternalLearningRequest, _asn_learning_v1_ListExternalLearningRequest__Output>
        ListProgramsRequest: MessageTypeDefinition<_asn_learning_v1_ListProgramsRequest, _asn_learning_v1_ListProgramsRequest__Output>
        ListSessionsRequest: MessageTypeDefinition<_asn_learning_v1_ListSessionsRequest, _asn_learning_v1_ListSessionsRequest__Output>
        Program: MessageTypeDefinition<_asn_learning_v1_Program, _asn_learning_v1_Program__Output>
        ProgramPage: MessageTypeDefinition<_asn_learning_v1_ProgramPage, _asn_learning_v1_ProgramPage__Output>
        ProgramRevision: MessageTypeDefinition<_asn_learning_v1_ProgramRevision, _asn_learning_v1_ProgramRevision__Output>
        PublishProgramRequest: MessageTypeDefinition<_asn_learning_v1_PublishProgramRequest, _asn_learning_v1_PublishProgramRequest__Output>
        ReportExternalLearningRequest: MessageTypeDefinition<_asn_learning_v1_ReportExternalLearningRequest, _asn_learning_v1_ReportExternalLearningRequest__Output>
        ReviseProgramRequest: MessageTypeDefinition<_asn_learning_v1_ReviseProgramRequest, _asn_learning_v1_ReviseProgramRequest__Output>
        ScheduleSessionRequest: MessageTypeDefinition<_asn_learning_v1_ScheduleSessionRequest, _asn_learning_v1_ScheduleSessionRequest__Output>
        ScheduledSession: MessageTypeDefinition<_asn_learning_v1_ScheduledSession, _asn_learning_v1_ScheduledSession__Output>
        Session: MessageTypeDefinition<_asn_learning_v1_Session, _asn_learning_v1_Session__Output>
        SessionPage: MessageTypeDefinition<_asn_learning_v1_SessionPage, _asn_learning_v1_SessionPage__Output>
      }
    }
  }
}

