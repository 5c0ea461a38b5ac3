import { ServiceConfig } from '@app/config';
import { IsInt, Max, Min } from 'class-validator';

export class ActivitiesConfig extends ServiceConfig {
  /** Rows of a CSV import written per transaction. */
  @IsInt()
  @Min(1)
  @Max(50_000)
  IMPORT_CHUNK_ROWS: number = 5000;
}
