import {
  type Actor,
  CommonError,
  type CreateActivityDto,
  csvRecordToActivity,
  DomainError,
  type ImportRowProblem,
  type ImportStatusView,
  validateNewActivity,
} from '@app/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { createHash } from 'node:crypto';
import { ActivitiesService } from '../activities/activities.service';
import { inScope } from '../activities/activity-scope';
import { PartnerDirectory } from '../partners-lookup/partner-directory';
import { ActivityImport } from './activity-import.entity';
import { type CsvRow, parseActivityCsv } from './csv-file';
import { importNotFound } from './imports.errors';

const CHUNK = 500;

/** The CSV import: accepted files become a row and a job; the job works through the rows in chunks. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly em: EntityManager,
    private readonly activities: ActivitiesService,
    private readonly partners: PartnerDirectory,
    private readonly queue: Queue,
  ) {}

  async start(actor: Actor, payload: { csv?: unknown; fileName?: unknown }): Promise<{ importId: string }> {
    const content = typeof payload.csv === 'string' ? payload.csv : '';
    const rows = parseActivityCsv(content);
    const row = this.em.create(ActivityImport, {
      status: 'queued',
      fileName: typeof payload.fileName === 'string' ? payload.fileName.slice(0, 300) : null,
      content,
      contentHash: createHash('sha256').update(content).digest('hex'),
      actor,
      total: rows.length,
    });
    await this.em.flush();
    try {
      await this.queue.add(
        'import',
        { importId: row.id },
        { jobId: row.id, attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
      );
    } catch {
      // Not queued, so not accepted: leave nothing behind.
      await this.em.nativeDelete(ActivityImport, { id: row.id });
      throw new DomainError(CommonError.Unavailable, 'The job queue is not reachable; try again shortly');
    }
    return { importId: row.id };
  }

  async status(actor: Actor, importId: string): Promise<ImportStatusView> {
    const row = /^[0-9a-f-]{36}$/i.test(importId)
      ? await this.em.findOne(ActivityImport, { id: importId })
      : null;
    if (!row || !this.mayRead(actor, row)) throw importNotFound(importId);
    return {
      importId: row.id,
      status: row.status,
      fileName: row.fileName ?? null,
      total: row.total,
      processed: row.processed,
      created: row.created,
      skipped: row.skipped,
      errors: row.errors,
      createdAt: row.createdAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    };
  }

  /** Runs (or resumes) an import: every chunk commits its activities together with the progress. */
  async run(importId: string): Promise<void> {
    const row = await this.em.findOne(ActivityImport, { id: importId }, { populate: ['content'] });
    if (!row || row.status === 'completed') return;
    row.status = 'running';
    await this.em.flush();
    const rows = parseActivityCsv(row.content);
    const derivedPrefix = `import-${row.contentHash.slice(0, 16)}`;
    for (let start = row.processed; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const { valid, problems } = await this.checkChunk(row.actor, chunk, derivedPrefix);
      await this.em.transactional(async (em) => {
        const taken = await this.activities.takenExternalRefs(
          em,
          valid.map(({ dto }) => dto.externalRef!),
        );
        const fresh = valid.filter(({ dto }) => !taken.has(dto.externalRef!));
        await this.activities.persistNew(
          em,
          row.actor,
          fresh.map(({ dto }) => dto),
        );
        const current = await em.findOneOrFail(ActivityImport, { id: importId });
        current.processed = start + chunk.length;
        current.created += fresh.length;
        current.skipped += valid.length - fresh.length;
        current.errors = [...current.errors, ...problems];
      });
      // Committed: forget this chunk's entities, or every later flush would scan them again.
      this.em.clear();
    }
    await this.em.nativeUpdate(
      ActivityImport,
      { id: importId },
      { status: 'completed', finishedAt: new Date() },
    );
  }

  async markFailed(importId: string): Promise<void> {
    await this.em.nativeUpdate(
      ActivityImport,
      { id: importId },
      { status: 'failed', finishedAt: new Date() },
    );
  }

  private async checkChunk(actor: Actor, chunk: CsvRow[], derivedPrefix: string) {
    const problems: ImportRowProblem[] = [];
    const candidates: { line: number; dto: CreateActivityDto }[] = [];
    const seen = new Set<string>();
    for (const { line, record } of chunk) {
      const body = csvRecordToActivity(record);
      body.externalRef ??= `${derivedPrefix}-${line}`;
      try {
        const dto = await validateNewActivity(body);
        if (!inScope(actor, dto.faculty)) {
          problems.push({
            row: line,
            field: 'faculty',
            problem: `must be your own faculty (${actor.faculty ?? 'none'})`,
          });
        } else if (!seen.has(dto.externalRef!)) {
          seen.add(dto.externalRef!);
          candidates.push({ line, dto });
        }
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        for (const detail of error.details ?? [])
          problems.push({ row: line, field: detail.field, problem: detail.problem });
      }
    }
    const partners = await this.partners.lookup(candidates.map(({ dto }) => dto.partnerId));
    const valid = candidates.filter(({ line, dto }) => {
      const partner = partners.get(dto.partnerId);
      if (partner && !partner.archivedAt) return true;
      problems.push({
        row: line,
        field: 'partnerId',
        problem: partner ? 'names an archived partner' : 'names no partner in the register',
      });
      return false;
    });
    problems.sort((a, b) => a.row - b.row);
    return { valid, problems };
  }

  private mayRead(actor: Actor, row: ActivityImport): boolean {
    return (
      actor.roles.some((role) => role === 'commercialisation' || role === 'admin') ||
      row.actor.sub === actor.sub
    );
  }
}
