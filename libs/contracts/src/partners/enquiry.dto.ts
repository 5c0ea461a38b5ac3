import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PageQuery } from '../common/page';
import { OneOf, OptionalOneOf, OptionalUuid, Text } from '../validation/decorators';
import { ORGANISATION_TYPES } from './partner.enums';

export const ENQUIRY_STATUSES = ['new', 'in_progress', 'converted', 'declined'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];

export class CreateEnquiryDto {
  @Text(300, 'The organisation the member of staff wishes to partner with') organisationName!: string;
  @Text(5000, 'What they have in mind') summary!: string;

  @Matches(/^[A-Z][A-Z0-9-]{1,19}$/, { message: 'must be a faculty code such as ENG' })
  @ApiProperty({ example: 'ENG' })
  faculty!: string;

  @OptionalUuid('If the organisation is already in the register') partnerId?: string;
}

export class TransitionEnquiryDto {
  @OneOf(ENQUIRY_STATUSES) to!: EnquiryStatus;
  @Text(2000) note!: string;
  @OptionalOneOf(ORGANISATION_TYPES, 'For a conversion that registers a new prospect partner (default other)')
  organisationType?: (typeof ORGANISATION_TYPES)[number];
}

export class ListEnquiriesQuery extends PageQuery {
  @IsOptional()
  @OptionalOneOf(ENQUIRY_STATUSES)
  status?: EnquiryStatus;
}

export const EnquiryPattern = {
  Create: 'partners.enquiries.create',
  List: 'partners.enquiries.list',
  Get: 'partners.enquiries.get',
  Transition: 'partners.enquiries.transition',
} as const;
