import { ApiProperty } from '@nestjs/swagger';
import { ENQUIRY_STATUSES, type EnquiryStatus } from './enquiry.dto';

export class EnquiryStaffView {
  @ApiProperty() userId!: string;
  @ApiProperty({ type: 'string', nullable: true }) name!: string | null;
}

export class EnquiryRaiserView extends EnquiryStaffView {
  @ApiProperty({ type: 'string', nullable: true }) email!: string | null;
}

export class EnquiryTransitionView {
  @ApiProperty({ enum: ENQUIRY_STATUSES }) from!: EnquiryStatus;
  @ApiProperty({ enum: ENQUIRY_STATUSES }) to!: EnquiryStatus;
  @ApiProperty() note!: string;
  @ApiProperty({ type: EnquiryStaffView }) by!: EnquiryStaffView;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class EnquiryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ example: 'ENG' }) faculty!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) partnerId!: string | null;
  @ApiProperty({ enum: ENQUIRY_STATUSES }) status!: EnquiryStatus;
  @ApiProperty({ type: EnquiryRaiserView }) raisedBy!: EnquiryRaiserView;
  @ApiProperty({ type: [EnquiryTransitionView] }) transitions!: EnquiryTransitionView[];
  @ApiProperty({
    enum: ENQUIRY_STATUSES,
    isArray: true,
    description: 'The statuses this caller may move the enquiry to now (empty when none)',
  })
  allowedTransitions!: EnquiryStatus[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
}
