import { ActivityError, DomainError } from '@app/contracts';

export const activityNotFound = (id: string) =>
  new DomainError(ActivityError.NotFound, `No activity with id ${id}`);

export const otherFaculty = (own: string | undefined) =>
  new DomainError(
    ActivityError.OtherFaculty,
    `You can log and change activities of your own faculty (${own ?? 'none'}) only`,
    [{ field: 'faculty', problem: `must be your own faculty (${own ?? 'none'})` }],
  );

export const partnerUnknown = (partnerId: string, archived: boolean) =>
  new DomainError(
    ActivityError.PartnerUnknown,
    archived ? 'That partner is archived: no new activity can name it' : `No partner with id ${partnerId}`,
    [
      {
        field: 'partnerId',
        problem: archived ? 'names an archived partner' : 'names no partner in the register',
      },
    ],
  );

export const externalRefTaken = () =>
  new DomainError(
    ActivityError.ExternalRefTaken,
    'This externalRef is already used by an activity you cannot see',
    [{ field: 'externalRef', problem: 'is already used' }],
  );
