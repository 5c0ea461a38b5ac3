import {
  ActivityError,
  CommonError,
  type ErrorCode,
  IdempotencyError,
  PartnerError,
  ProgrammeError,
} from '@app/contracts';
import { HttpStatus } from '@nestjs/common';

/** The one place where service error codes become HTTP statuses. */
export const ERROR_STATUS: Record<ErrorCode, HttpStatus> = {
  [CommonError.Validation]: HttpStatus.BAD_REQUEST,
  [CommonError.NotFound]: HttpStatus.NOT_FOUND,
  [CommonError.VersionConflict]: HttpStatus.CONFLICT,
  [CommonError.Forbidden]: HttpStatus.FORBIDDEN,
  [CommonError.Timeout]: HttpStatus.SERVICE_UNAVAILABLE,
  [CommonError.Unavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [CommonError.NoReply]: HttpStatus.GATEWAY_TIMEOUT,
  [CommonError.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
  [IdempotencyError.InFlight]: HttpStatus.CONFLICT,
  [IdempotencyError.KeyReused]: HttpStatus.UNPROCESSABLE_ENTITY,
  [PartnerError.NotFound]: HttpStatus.NOT_FOUND,
  [PartnerError.Duplicate]: HttpStatus.CONFLICT,
  [PartnerError.TierReasonRequired]: HttpStatus.BAD_REQUEST,
  [PartnerError.Archived]: HttpStatus.UNPROCESSABLE_ENTITY,
  [PartnerError.ContactNotFound]: HttpStatus.NOT_FOUND,
  [PartnerError.GoalNotFound]: HttpStatus.NOT_FOUND,
  [PartnerError.AgreementNotFound]: HttpStatus.NOT_FOUND,
  [PartnerError.MemberNotFound]: HttpStatus.NOT_FOUND,
  [PartnerError.MemberInvalid]: HttpStatus.UNPROCESSABLE_ENTITY,
  [PartnerError.MemberDuplicate]: HttpStatus.CONFLICT,
  [PartnerError.EnquiryNotFound]: HttpStatus.NOT_FOUND,
  [PartnerError.EnquiryTransition]: HttpStatus.CONFLICT,
  [ActivityError.NotFound]: HttpStatus.NOT_FOUND,
  [ActivityError.PartnerUnknown]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ActivityError.OtherFaculty]: HttpStatus.FORBIDDEN,
  [ActivityError.ExternalRefTaken]: HttpStatus.CONFLICT,
  [ProgrammeError.NotFound]: HttpStatus.NOT_FOUND,
  [ProgrammeError.Duplicate]: HttpStatus.CONFLICT,
  [ProgrammeError.CharterPublished]: HttpStatus.CONFLICT,
  [ProgrammeError.NoCurrentCharter]: HttpStatus.NOT_FOUND,
  [ProgrammeError.NotYourGroup]: HttpStatus.FORBIDDEN,
  [ProgrammeError.MinutesNotWritten]: HttpStatus.CONFLICT,
  [ProgrammeError.MeetingInFuture]: HttpStatus.CONFLICT,
  [ProgrammeError.CycleClosed]: HttpStatus.CONFLICT,
  [ProgrammeError.UnknownCategory]: HttpStatus.BAD_REQUEST,
  [ProgrammeError.FeedbackClosed]: HttpStatus.CONFLICT,
  [ProgrammeError.EscalationExhausted]: HttpStatus.CONFLICT,
  [ProgrammeError.UnknownTeachingGroup]: HttpStatus.BAD_REQUEST,
  [ProgrammeError.OutsideSchool]: HttpStatus.FORBIDDEN,
};

/** Codes that mean "nothing was done, try again shortly": their answers carry `Retry-After` (seconds). */
export const RETRY_AFTER_SECONDS: Partial<Record<ErrorCode, number>> = {
  [CommonError.Unavailable]: 2,
  [CommonError.Timeout]: 2,
};
