import { ServiceConfig } from '@app/config';
import { IsInt, Max, Min } from 'class-validator';

export class ReportingConfig extends ServiceConfig {
  /** Events handled at once by this replica. */
  @IsInt()
  @Min(1)
  @Max(64)
  EVENT_CONCURRENCY: number = 8;
}
