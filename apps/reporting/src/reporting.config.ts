import { ServiceConfig } from '@app/config';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';

export class ReportingConfig extends ServiceConfig {
  /** Events handled at once by this replica. */
  @IsInt()
  @Min(1)
  @Max(64)
  EVENT_CONCURRENCY: number = 8;

  /**
   * Weights of the strategic-partner score (docs/reporting.md): `breadth=30,reach=25,value=20,recency=15,agreement=10`.
   * Components not named keep their default.
   */
  @IsString()
  @Matches(/^((breadth|reach|value|recency|agreement)=\d+(\.\d+)?(,|$))*$/, {
    message: 'REPORTING_SCORE_WEIGHTS must be like breadth=30,reach=25,value=20,recency=15,agreement=10',
  })
  REPORTING_SCORE_WEIGHTS: string = '';

  /** A higher tier is suggested only for a partner with an activity started within this many days. */
  @IsInt()
  @Min(1)
  @Max(36500)
  REPORTING_SUGGEST_WITHIN_DAYS: number = 730;

  /** Day of the month (1–28) the monthly snapshot of the overview and HE-BCI figures is taken, at 02:00 UK time. */
  @IsInt()
  @Min(1)
  @Max(28)
  SNAPSHOT_DAY_OF_MONTH: number = 1;

  /** How often reporting checks each source for published events it never received (ADR 0014). */
  @IsInt()
  @Min(100)
  @Max(600_000)
  RECONCILE_INTERVAL_MS: number = 5000;

  /** How long after publication a missing event is taken as lost and read from its source (≥ 20000). */
  @IsInt()
  @Min(20_000)
  @Max(3_600_000)
  RECONCILE_GRACE_MS: number = 20_000;

  /** How often the snapshot schedule is registered again (it is also on every reconnection to Redis). */
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  SNAPSHOT_REGISTER_EVERY_MS: number = 60_000;
}
