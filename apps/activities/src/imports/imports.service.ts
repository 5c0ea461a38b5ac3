import {
  type Actor,
  CommonError,
  type CreateActivityDto,
  csvRecordToActivity,
  DomainError,
  type ImportRowProblem,
  type ImportStatusView,
  type PartnerLookupItem,
  acceptNewActivity,
  validateNewActivity,
} from '@app/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { createHash, randomUUID } from 'node:crypto';
import { inScope } from '../activities/activity-scope';
import { PartnerDirectory } from '../partners-lookup/partner-directory';
import { ActivityImport } from './activity-import.entity';
import { ImportWriter } from './import-writer';
import { type CsvRow, parseActivityCsv } from './csv-file';
import { importNotFound } from './imports.errors';

/** Rows per transaction: large enough for COPY to pay, small enough that progress moves. */
const CHUNK = 5000;

/** The CSV import: accepted files become a row and a job; the job works through the rows in chunks. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly em: EntityManager,
    private readonly partners: PartnerDirectory,
    private readonly queue: Queue,
    private readonly writer: ImportWriter,
  ) {}

  async start(actor: Actor, payload: { csv?: unknown; fileName?: unknown }): Promise<{ importId: string }> {
    const content = typeof payload.csv === 'string' ? payload.csv : '';
    const rows = parseActivityCsv(content);
    const id = randomUUID();
    await this.writer.saveFile({
      id,
      fileName: typeof payload.fileName === 'string' ? payload.fileName.slice(0, 300) : null,
      content,
      contentHash: createHash('sha256').update(content).digest('hex'),
      actor,
      total: rows.length,
    });
    try {
      await this.queue.add(
        'import',
        { importId: id },
        { jobId: id, attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
      );
    } catch {
      // Not queued, so not accepted: leave nothing behind.
      await this.em.nativeDelete(ActivityImport, { id });
      throw new DomainError(CommonError.Unavailable, 'The job queue is not reachable; try again shortly');
    }
    return { importId: id };
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

  /**
   * Runs (or resumes) an import, a chunk at a time: each chunk commits its activities together with
   * the import's progress, and the next chunk is validated while the previous one is written.
   */
  async run(importId: string): Promise<void> {
    const row = await this.em.findOne(ActivityImport, { id: importId }, { populate: ['content'] });
    if (!row || row.status === 'completed') return;
    await this.em.nativeUpdate(ActivityImport, { id: importId }, { status: 'running' });
    const rows = parseActivityCsv(row.content);
    const derivedPrefix = `import-${row.contentHash.slice(0, 16)}`;
    const partners = new Map<string, PartnerLookupItem | null>();
    let writing: Promise<void> = Promise.resolve();
    try {
      for (let start = row.processed; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        const checked = await this.checkChunk(row.actor, chunk, derivedPrefix, partners);
        await writing;
        const processed = start + chunk.length;
        writing = this.writer.writeChunk({ importId, actor: row.actor, processed, ...checked });
      }
    } catch (error) {
      await writing.catch(() => undefined); // settled before the job is retried
      throw error;
    }
    await writing;
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

  private async checkChunk(
    actor: Actor,
    chunk: CsvRow[],
    derivedPrefix: string,
    partners: Map<string, PartnerLookupItem | null>,
  ) {
    const problems: ImportRowProblem[] = [];
    const candidates: { row: number; dto: CreateActivityDto }[] = [];
    const seen = new Set<string>();
    for (const { row, record, problem } of chunk) {
      if (!record) {
        problems.push({ row, field: '(row)', problem: problem ?? 'could not be read' });
        continue;
      }
      const body = csvRecordToActivity(record);
      body.externalRef ??= `${derivedPrefix}-${row}`;
      try {
        const dto = acceptNewActivity(body) ?? (await validateNewActivity(body));
        if (!inScope(actor, dto.faculty)) {
          problems.push({
            row,
            field: 'faculty',
            problem: `must be your own faculty (${actor.faculty ?? 'none'})`,
          });
        } else if (!seen.has(dto.externalRef!)) {
          seen.add(dto.externalRef!);
          candidates.push({ row, dto });
        }
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        for (const detail of error.details ?? [])
          problems.push({ row, field: detail.field, problem: detail.problem });
      }
    }
    await this.lookUpPartners(
      candidates.map(({ dto }) => dto.partnerId),
      partners,
    );
    const valid = candidates.filter(({ row, dto }) => {
      const partner = partners.get(dto.partnerId);
      if (partner && !partner.archivedAt) return true;
      problems.push({
        row,
        field: 'partnerId',
        problem: partner ? 'names an archived partner' : 'names no partner in the register',
      });
      return false;
    });
    problems.sort((a, b) => a.row - b.row);
    return { valid, problems };
  }

  /** Asks the partners service about the ids this import has not asked about yet. */
  private async lookUpPartners(ids: string[], known: Map<string, PartnerLookupItem | null>) {
    const unknown = [...new Set(ids)].filter((id) => !known.has(id));
    if (unknown.length === 0) return;
    const found = await this.partners.lookup(unknown);
    for (const id of unknown) known.set(id, found.get(id) ?? null);
  }

  private mayRead(actor: Actor, row: ActivityImport): boolean {
    return (
      actor.roles.some((role) => role === 'commercialisation' || role === 'admin') ||
      row.actor.sub === actor.sub
    );
  }
}
