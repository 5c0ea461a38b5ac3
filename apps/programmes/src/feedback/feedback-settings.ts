import { createHmac } from 'node:crypto';
import type { ProgrammesConfig } from '../programmes.config';

/** The deadline rules and the author key of feedback, from the validated configuration. */
export class FeedbackSettings {
  readonly workingDays: number;
  readonly holidays: ReadonlySet<string>;
  private readonly secret: string;

  constructor(
    config: Pick<
      ProgrammesConfig,
      'FEEDBACK_RESPONSE_WORKING_DAYS' | 'FEEDBACK_HOLIDAYS' | 'FEEDBACK_AUTHOR_SECRET'
    >,
  ) {
    this.workingDays = config.FEEDBACK_RESPONSE_WORKING_DAYS;
    this.holidays = new Set(config.FEEDBACK_HOLIDAYS.split(',').filter(Boolean));
    this.secret = config.FEEDBACK_AUTHOR_SECRET;
  }

  /** A keyed hash of the author's id: the same author finds their feedback; the id cannot be read back. */
  authorKey(sub: string): string {
    return createHmac('sha256', this.secret).update(sub).digest('base64url');
  }
}
