import { ServiceConfig } from '@app/config';
import { IsInt, Max, Min } from 'class-validator';

export class ActivitiesConfig extends ServiceConfig {
  /** Rows of a CSV import written per transaction. */
  @IsInt()
  @Min(1)
  @Max(50_000)
  IMPORT_CHUNK_ROWS: number = 5000;

  /** How long an import whose process died waits before another replica (or the restarted one) resumes it. */
  @IsInt()
  @Min(1000)
  @Max(600_000)
  IMPORT_STALLED_MS: number = 30_000;

  /** How often unfinished imports whose jobs Redis lost are queued again. */
  @IsInt()
  @Min(100)
  @Max(600_000)
  IMPORT_RESUBMIT_EVERY_MS: number = 30_000;
}
