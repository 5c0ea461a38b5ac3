import { CommonError, DomainError, PartnerError } from '@app/contracts';

export const partnerNotFound = (id: string) =>
  new DomainError(PartnerError.NotFound, `No partner with id ${id}`);

export const duplicatePartner = (existingId: string, existingName: string, field: string) =>
  new DomainError(
    PartnerError.Duplicate,
    `This partner is already in the register as "${existingName}"`,
    [{ field, problem: `matches the existing partner "${existingName}"` }],
    { existingId },
  );

export const tierReasonRequired = () =>
  new DomainError(PartnerError.TierReasonRequired, 'Changing the tier needs a reason (tierChangeReason)', [
    { field: 'tierChangeReason', problem: 'is required when tier changes' },
  ]);

export const fieldRequired = (fields: string[]) =>
  new DomainError(
    CommonError.Validation,
    `${fields[0]} cannot be cleared`,
    fields.map((field) => ({ field, problem: 'cannot be null' })),
  );

export const dateOrder = (field: string, after: string) =>
  new DomainError(CommonError.Validation, `${field} must not be before ${after}`, [
    { field, problem: `must not be before ${after}` },
  ]);
