import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { OneOf, OptionalMoney, OptionalOneOf, OptionalText, Text } from '../validation/decorators';
import { ACTIVITY_TYPES, type ActivityType } from './activity.enums';

const whole = (min: number, max: number) => [
  IsInt({ message: 'must be a whole number' }),
  Min(min, { message: `must be at least ${min}` }),
  Max(max, { message: `must be at most ${max}` }),
];
function Whole(min: number, max: number): PropertyDecorator {
  return (target, key) => whole(min, max).forEach((decorate) => decorate(target, key));
}
function OptionalWhole(min: number, max: number): PropertyDecorator {
  return (target, key) => [IsOptional(), ...whole(min, max)].forEach((decorate) => decorate(target, key));
}
function OptionalFlag(): PropertyDecorator {
  return (target, key) =>
    [IsOptional(), IsBoolean({ message: 'must be true or false' })].forEach((d) => d(target, key));
}

export class CollaborativeResearchDetails {
  @Text(300, 'The public body funding the research (e.g. UKRI, Innovate UK)') publicFunder!: string;
  @OptionalText(100) grantReference?: string;
  @OptionalMoney() partnerCashGbp?: number;
  @OptionalMoney() partnerInKindGbp?: number;
}

export class ContractResearchDetails {
  @OptionalText(100) sponsorReference?: string;
  @OptionalMoney() fullEconomicCostGbp?: number;
}

export class ConsultancyDetails {
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'must be a number of days' })
  @Min(0, { message: 'must not be negative' })
  @Max(10_000, { message: 'must be at most 10000' })
  days?: number;
}

export class StaffExchangeDetails {
  @OneOf(['inbound', 'outbound']) direction!: 'inbound' | 'outbound';
  @Whole(1, 10_000) staffCount!: number;
  @OptionalWhole(1, 520) durationWeeks?: number;
}

export class NetworkingPromotionalDetails {
  @Text(300) eventName!: string;
  @OptionalOneOf(['lecture', 'exhibition', 'performance', 'networking', 'other'])
  format?: 'lecture' | 'exhibition' | 'performance' | 'networking' | 'other';
  @OptionalWhole(0, 10_000_000) attendees?: number;
  @OptionalFlag() chargeable?: boolean;
}

export class KtpDetails {
  @Text(100) ktpReference!: string;
  @OneOf(['classic', 'management']) variant!: 'classic' | 'management';
  @Text(200) associateName!: string;
  @Text(200) knowledgeBaseSupervisor!: string;
  @OptionalText(200) companySupervisor?: string;
  @Whole(6, 36) durationMonths!: number;
  @OptionalMoney() grantGbp?: number;
  @OptionalOneOf(['outstanding', 'very_good', 'good', 'satisfactory', 'unsatisfactory'])
  finalGrade?: string;
}

export class FacilitiesUseDetails {
  @Text(300) facility!: string;
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'must be a number of days' })
  @Min(0, { message: 'must not be negative' })
  days?: number;
}

export class IpLicensingDetails {
  @Text(100) ipReference!: string;
  @OneOf(['patent', 'copyright', 'design', 'trademark', 'know_how', 'software']) ipType!: string;
  @OneOf(['exclusive', 'non_exclusive', 'option', 'assignment']) licenceType!: string;
  @OptionalText(300) fieldOfUse?: string;
  @OptionalMoney() upfrontFeeGbp?: number;
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 }, { message: 'must be a percentage' })
  @Min(0, { message: 'must not be negative' })
  @Max(100, { message: 'must be at most 100' })
  royaltyRatePercent?: number;
}

export class StudentEngagementDetails {
  @OneOf(['placement', 'internship', 'recruitment', 'project']) kind!: string;
  @Whole(1, 100_000) studentCount!: number;
  @OptionalWhole(1, 520) durationWeeks?: number;
}

export class TrainingCpdDetails {
  @Text(300) courseTitle!: string;
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'must be a number of learner days' })
  @Min(0, { message: 'must not be negative' })
  learnerDays?: number;
  @OptionalFlag() creditBearing?: boolean;
}

/** Which shape `details` must have for each type. */
export const DETAILS_BY_TYPE: Record<ActivityType, new () => object> = {
  collaborative_research: CollaborativeResearchDetails,
  contract_research: ContractResearchDetails,
  consultancy: ConsultancyDetails,
  staff_exchange: StaffExchangeDetails,
  networking_promotional: NetworkingPromotionalDetails,
  ktp: KtpDetails,
  facilities_use: FacilitiesUseDetails,
  ip_licensing: IpLicensingDetails,
  student_engagement: StudentEngagementDetails,
  training_cpd: TrainingCpdDetails,
};

/** Types whose details have required keys: an activity of these types must carry `details`. */
const DETAILS_ALL_OPTIONAL: ActivityType[] = ['contract_research', 'consultancy'];
export const DETAILS_REQUIRED: ActivityType[] = ACTIVITY_TYPES.filter(
  (type) => !DETAILS_ALL_OPTIONAL.includes(type),
);
