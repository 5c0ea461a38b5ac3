import { DomainError } from '../errors/domain-error';
import { CommonError } from '../errors/error-codes';
import type { FieldProblem } from '../errors/domain-error';
import { summarise } from '../validation/validation-details';
import { validateDto } from '../validation/validate-dto';
import { compileAcceptor } from '../validation/compiled-acceptor';
import { isAcademicYear } from './academic-year';
import { CreateActivityDto, UpdateActivityDto } from './activity.dto';
import { DETAILS_BY_TYPE, DETAILS_REQUIRED } from './activity-details.dto';
import type { ActivityType } from './activity.enums';

const REQUIRED_FIELDS = ['partnerId', 'type', 'title', 'faculty', 'startDate', 'status'] as const;

/**
 * The activity rules every entry point shares (HTTP body, CSV row, queued job): the shape,
 * `details` validated against its type's fields (paths `details.<key>`), `endDate ≥ startDate`,
 * real academic years in `income`. Throws `common.validation_failed` naming every field.
 */
export async function validateNewActivity(plain: unknown): Promise<CreateActivityDto> {
  const dto = await validateDto(CreateActivityDto, plain);
  dto.details = await checkRules({ ...dto, checkDetails: true });
  return dto;
}

/** A PATCH: the same rules, applied to the activity as it will be after the change. */
export async function validateActivityChange(
  plain: unknown,
  current: {
    type: ActivityType;
    startDate: string;
    endDate: string | null;
    details: Record<string, unknown> | null;
  },
): Promise<UpdateActivityDto> {
  const dto = await validateDto(UpdateActivityDto, plain);
  const cleared = REQUIRED_FIELDS.filter((field) => dto[field] === null);
  if (cleared.length) {
    const problems = cleared.map((field) => ({ field, problem: 'cannot be cleared' }));
    throw new DomainError(CommonError.Validation, summarise(problems), problems);
  }
  const type = dto.type ?? current.type;
  const details =
    dto.details !== undefined
      ? dto.details
      : dto.type && dto.type !== current.type
        ? undefined
        : current.details;
  const checked = await checkRules({
    type,
    details: details ?? undefined,
    startDate: dto.startDate ?? current.startDate,
    endDate: dto.endDate === undefined ? current.endDate : dto.endDate,
    income: dto.income,
    checkDetails: dto.details !== undefined || dto.type !== undefined,
  });
  if (dto.details !== undefined || (dto.type !== undefined && dto.type !== current.type))
    dto.details = checked;
  return dto;
}

/** An activity as the rules see it; `checkDetails` when its details are (re)set. */
interface RuleInput {
  type: ActivityType;
  details?: Record<string, unknown>;
  startDate: string;
  endDate?: string | null;
  income?: { academicYear: string }[];
  checkDetails: boolean;
}

async function checkRules(input: RuleInput): Promise<Record<string, unknown> | undefined> {
  const { type, details, checkDetails } = input;
  const problems: FieldProblem[] = [];
  let checked = details;
  if (checkDetails && details !== undefined) {
    try {
      checked = { ...(await validateDto(DETAILS_BY_TYPE[type], details)) };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push(
        ...(error.details ?? []).map((d) => ({ field: `details.${d.field}`, problem: d.problem })),
      );
    }
  }
  problems.push(...crossFieldProblems(input));
  if (problems.length) throw new DomainError(CommonError.Validation, summarise(problems), problems);
  return checked;
}

/** The rules between fields: details required for the type, dates in order, income years. */
function crossFieldProblems({
  type,
  details,
  startDate,
  endDate,
  income,
  checkDetails,
}: RuleInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (checkDetails && details === undefined && DETAILS_REQUIRED.includes(type))
    problems.push({ field: 'details', problem: `is required for ${type}` });
  if (endDate && endDate < startDate)
    problems.push({ field: 'endDate', problem: 'must not be before startDate' });
  income?.forEach((line, index) => {
    if (!isAcademicYear(line.academicYear)) {
      problems.push({
        field: `income.${index}.academicYear`,
        problem: 'must be an academic year written like 2025/26',
      });
    }
  });
  const years = income?.map((line) => line.academicYear) ?? [];
  if (new Set(years).size !== years.length)
    problems.push({ field: 'income', problem: 'must name each academic year once' });
  return problems;
}

const acceptCreate = compileAcceptor(CreateActivityDto);
const acceptDetails = new Map(
  Object.entries(DETAILS_BY_TYPE).map(([type, cls]) => [type, compileAcceptor(cls)]),
);

/**
 * The fast yes of `validateNewActivity` (about 4 µs instead of 25): the activity itself when it
 * passes every rule as it is, `undefined` when `validateNewActivity` must decide (and explain).
 */
export function acceptNewActivity(plain: unknown): CreateActivityDto | undefined {
  if (!acceptCreate?.(plain)) return undefined;
  const dto = plain as CreateActivityDto;
  if (dto.details !== undefined && !acceptDetails.get(dto.type)?.(dto.details)) return undefined;
  const problems = crossFieldProblems({ ...dto, checkDetails: true });
  return problems.length ? undefined : dto;
}
