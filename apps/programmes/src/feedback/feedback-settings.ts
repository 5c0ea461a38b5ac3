import type { ProgrammesConfig } from '../programmes.config';

/** The deadline rules of feedback, from the validated configuration. */
export class FeedbackSettings {
  readonly workingDays: number;
  readonly holidays: ReadonlySet<string>;

  constructor(config: Pick<ProgrammesConfig, 'FEEDBACK_RESPONSE_WORKING_DAYS' | 'FEEDBACK_HOLIDAYS'>) {
    this.workingDays = config.FEEDBACK_RESPONSE_WORKING_DAYS;
    this.holidays = new Set(config.FEEDBACK_HOLIDAYS.split(',').filter(Boolean));
  }
}
