import {
  FreshnessQuery,
  type FreshnessView,
  type ReportReply,
  type SourceStatus,
  validateDto,
} from '@app/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { REPORTING_SCHEMA as S } from '../migrations';
import { respond } from './report-download';

@Injectable()
export class ReportFreshness {
  constructor(private readonly em: EntityManager) {}

  /** The newest event the read models reflect: every report carries it as `asOf`. */
  async asOf(): Promise<string | null> {
    const [row] = await this.em.execute<{ at: Date | null }[]>(
      `select max(last_occurred_at) as at from ${S}.source_progress`,
    );
    return row?.at ? new Date(row.at).toISOString() : null;
  }

  /**
   * Per source: how many of its events are applied, the newest, and how far behind the read models
   * are. The lag counts events the source has published that reporting has not applied (whether they
   * are on their way or were lost by the queue), as found by the last check of the source's log.
   */
  async freshness(payload: unknown = {}): Promise<ReportReply<FreshnessView>> {
    const query = await validateDto(FreshnessQuery, payload);
    const rows = await this.em.execute<FreshnessRow[]>(
      `select coalesce(p.source, w.source) as source, coalesce(p.events, 0) as events,
              p.last_occurred_at, p.last_handled_at, w.checked_at, coalesce(w.unapplied, 0) as unapplied,
              w.oldest_unapplied_at, w.error
         from (select source, sum(events) as events, max(last_occurred_at) as last_occurred_at,
                      max(last_handled_at) as last_handled_at
                 from ${S}.source_progress group by source) p
         full join (select * from ${S}.inbox_watermark where consumer = 'reporting') w on w.source = p.source
        order by 1`,
    );
    const now = Date.now();
    const report: FreshnessView = {
      asOf: await this.asOf(),
      sources: rows.map((row) => {
        const unapplied = Number(row.unapplied);
        const appliedLag =
          row.last_handled_at && row.last_occurred_at
            ? new Date(row.last_handled_at).getTime() - new Date(row.last_occurred_at).getTime()
            : 0;
        return {
          source: row.source,
          events: Number(row.events),
          lastEventAt: iso(row.last_occurred_at),
          lastHandledAt: iso(row.last_handled_at),
          unappliedEvents: unapplied,
          oldestUnappliedAt: iso(row.oldest_unapplied_at),
          verifiedAt: iso(row.checked_at),
          lagMs:
            unapplied > 0 && row.oldest_unapplied_at
              ? Math.max(appliedLag, now - new Date(row.oldest_unapplied_at).getTime())
              : appliedLag,
          status: sourceStatus(row, unapplied),
        };
      }),
    };
    return respond(query.format, report, (fresh) => ({
      name: 'report-freshness',
      meta: [['As of', fresh.asOf]],
      tables: [
        {
          name: 'Sources',
          columns: [
            { key: 'source', header: 'Source' },
            { key: 'events', header: 'Events applied', unit: 'count' },
            { key: 'lastEventAt', header: 'Newest event' },
            { key: 'lastHandledAt', header: 'Applied at' },
            { key: 'lagMs', header: 'Lag (ms)' },
            { key: 'unappliedEvents', header: 'Events not yet applied', unit: 'count' },
            { key: 'verifiedAt', header: 'Last checked against the source' },
            { key: 'status', header: 'Status' },
          ],
          rows: fresh.sources,
        },
      ],
    }));
  }
}

interface FreshnessRow {
  source: string;
  events: string;
  last_occurred_at: Date | null;
  last_handled_at: Date | null;
  checked_at: Date | null;
  unapplied: number;
  oldest_unapplied_at: Date | null;
  error: string | null;
}

function sourceStatus(row: FreshnessRow, unapplied: number): SourceStatus {
  if (!row.checked_at || row.error) return 'unchecked';
  return unapplied > 0 ? 'behind' : 'current';
}

const iso = (value: Date | null): string | null => (value ? new Date(value).toISOString() : null);
