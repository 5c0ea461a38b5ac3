import { ServiceConfig } from '@app/config';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';

export class ProgrammesConfig extends ServiceConfig {
  /** Working days a student may wait for the first response to their feedback. */
  @IsInt()
  @Min(1)
  @Max(60)
  FEEDBACK_RESPONSE_WORKING_DAYS: number = 10;

  /** Non-working days besides weekends (bank holidays, closure days): `2025-12-25,2025-12-26`. */
  @IsString()
  @Matches(/^(\d{4}-\d{2}-\d{2}(,\d{4}-\d{2}-\d{2})*)?$/, {
    message: 'FEEDBACK_HOLIDAYS must be a comma-separated list of YYYY-MM-DD dates',
  })
  FEEDBACK_HOLIDAYS: string = '';
}
