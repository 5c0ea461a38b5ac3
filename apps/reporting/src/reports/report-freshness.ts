import { FreshnessQuery, validateDto } from '@app/contracts';
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

  async freshness(payload: unknown = {}) {
    const query = await validateDto(FreshnessQuery, payload);
    const rows = await this.em.execute<
      { source: string; events: string; last_occurred_at: Date; last_handled_at: Date }[]
    >(
      `select source, sum(events) as events, max(last_occurred_at) as last_occurred_at,
              max(last_handled_at) as last_handled_at
         from ${S}.source_progress group by source order by source`,
    );
    const report = {
      asOf: await this.asOf(),
      sources: rows.map((row) => ({
        source: row.source,
        events: Number(row.events),
        lastEventAt: new Date(row.last_occurred_at).toISOString(),
        lastHandledAt: new Date(row.last_handled_at).toISOString(),
        lagMs: new Date(row.last_handled_at).getTime() - new Date(row.last_occurred_at).getTime(),
      })),
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
          ],
          rows: fresh.sources,
        },
      ],
    }));
  }
}
