import { DomainError, PartnerError } from '@app/contracts';
import { Enquiry } from './enquiry.entity';

const office = { userId: 'u-office', name: 'Office' };

function newEnquiry(): Enquiry {
  return Object.assign(new Enquiry(), { organisationName: 'Opera North', summary: 's', faculty: 'ENG' });
}

function refusal(action: () => void): DomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('Enquiry', () => {
  it('moves new → in_progress → converted, keeping each move with its note, who and when', () => {
    const enquiry = newEnquiry();
    expect(enquiry.nextStatuses()).toEqual(['in_progress']);
    enquiry.transition('in_progress', 'Meeting booked', office, new Date('2026-11-01T10:00:00Z'));
    expect(enquiry.nextStatuses()).toEqual(['converted', 'declined']);
    enquiry.transition('converted', 'MoU drafted', office, new Date('2026-11-02T10:00:00Z'));
    expect(enquiry.status).toBe('converted');
    expect(enquiry.nextStatuses()).toEqual([]);
    expect(enquiry.transitions).toEqual([
      { from: 'new', to: 'in_progress', note: 'Meeting booked', by: office, at: '2026-11-01T10:00:00.000Z' },
      {
        from: 'in_progress',
        to: 'converted',
        note: 'MoU drafted',
        by: office,
        at: '2026-11-02T10:00:00.000Z',
      },
    ]);
  });

  it('refuses a move its status does not allow, naming the ones it does, and changes nothing', () => {
    const enquiry = newEnquiry();
    const skip = refusal(() => enquiry.transition('converted', 'too fast', office));
    expect(skip.code).toBe(PartnerError.EnquiryTransition);
    expect(skip.details).toEqual([{ field: 'to', problem: 'must be in_progress' }]);
    expect(enquiry.status).toBe('new');
    expect(enquiry.transitions).toEqual([]);
  });

  it('treats converted and declined as final', () => {
    const enquiry = newEnquiry();
    enquiry.transition('in_progress', 'a', office);
    enquiry.transition('declined', 'b', office);
    expect(refusal(() => enquiry.assertCanBecome('in_progress')).details).toEqual([
      { field: 'to', problem: 'declined is final' },
    ]);
  });
});
