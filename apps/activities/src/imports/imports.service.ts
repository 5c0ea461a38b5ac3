import {
  type Actor,
  type ActivityImportAccepted,
  CommonError,
  type CreateActivityDto,
  csvRecordToActivity,
  DomainError,
  type ActivityImportRowProblem,
  type ActivityImportView,
  type ActivityImportSummaryView,
  type Page,
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
import { listImports, seesAllImports } from './import-list';
import { awaitUpload, saveUpload } from './import-upload';
import { ImportWriter } from './import-writer';
import { type CsvRow, parseActivityCsv } from './csv-file';
import { importNotFound } from './imports.errors';

/** Chunks being written at once (ImportWriter: they overlap, and commit in file order). */
const WRITES_AT_ONCE = 2;

/** A file's rows as the upload parsed them, for the job that usually follows in this process. */
interface ParsedUpload {
  importId: string;
  rows: CsvRow[];
}

/** What one run of an import has learnt so far. */
interface ImportRun {
  actor: Actor;
  /** The externalRef prefix of rows without one: `import-<file hash>`. */
  derivedPrefix: string;
  partners: Map<string, PartnerLookupItem | null>;
  /** The externalRefs of the rows this run has written or is writing. */
  refs: Set<string>;
}

/** The CSV import: accepted files become a row and a job; the job works through the rows in chunks. */
@Injectable()
export class ImportsService {
  /**
   * Only the latest upload is kept (a file's rows take several times its size in memory). A job
   * run elsewhere or later (another replica, a restart, a retry) reads the stored file instead.
   */
  private lastUpload?: ParsedUpload;
  /** Imports this replica is running now (the resubmission of lost jobs leaves them alone). */
  private readonly runningHere = new Set<string>();

  constructor(
    private readonly em: EntityManager,
    private readonly partners: PartnerDirectory,
    private readonly queue: Queue,
    private readonly writer: ImportWriter,
  ) {}

  async start(actor: Actor, payload: { csv?: unknown; fileName?: unknown }): Promise<ActivityImportAccepted> {
    const content = typeof payload.csv === 'string' ? payload.csv : '';
    const rows = parseActivityCsv(content);
    const id = randomUUID();
    await saveUpload(this.em, {
      id,
      fileName: typeof payload.fileName === 'string' ? payload.fileName.slice(0, 300) : null,
      content,
      contentHash: createHash('sha256').update(content).digest('hex'),
      actor,
      total: rows.length,
    });
    this.lastUpload = { importId: id, rows };
    try {
      await this.enqueue(id);
    } catch {
      // Not queued, so not accepted: leave nothing behind.
      this.takeUpload(id);
      await this.em.nativeDelete(ActivityImport, { id });
      throw new DomainError(CommonError.Unavailable, 'The job queue is not reachable; try again shortly');
    }
    return { importId: id };
  }

  async status(actor: Actor, importId: string): Promise<ActivityImportView> {
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

  list(actor: Actor, payload: unknown): Promise<Page<ActivityImportSummaryView>> {
    return listImports(this.em, actor, payload);
  }

  /**
   * Runs (or resumes) an import, a chunk at a time: each chunk commits its activities together with
   * the import's progress. The next chunk is validated while earlier ones are written, and two are
   * written at once (they commit in file order, so `processed` is where a retried job resumes).
   */
  async run(importId: string): Promise<void> {
    this.runningHere.add(importId);
    try {
      await this.runImport(importId);
    } finally {
      this.runningHere.delete(importId);
    }
  }

  private async runImport(importId: string): Promise<void> {
    await awaitUpload(this.em, importId);
    const uploaded = this.takeUpload(importId);
    const row = await this.em.findOne(
      ActivityImport,
      { id: importId },
      { populate: uploaded ? [] : ['content'] },
    );
    if (!row || row.status === 'completed') return;
    await this.em.nativeUpdate(ActivityImport, { id: importId }, { status: 'running' });
    const rows = uploaded ?? parseActivityCsv(row.content);
    const run: ImportRun = {
      actor: row.actor,
      derivedPrefix: `import-${row.contentHash.slice(0, 16)}`,
      partners: new Map(),
      refs: new Set(),
    };
    const size = this.writer.rowsPerChunk;
    const writes: Promise<void>[] = [];
    try {
      for (let start = row.processed; start < rows.length; start += size) {
        const chunk = rows.slice(start, start + size);
        const checked = await this.checkChunk(run, chunk);
        if (writes.length === WRITES_AT_ONCE) await writes.shift();
        const processed = start + chunk.length;
        const write = this.writer.writeChunk(
          { importId, actor: row.actor, processed, ...checked },
          writes.at(-1),
        );
        write.catch(() => undefined); // awaited in turn below; this only marks it handled meanwhile
        writes.push(write);
      }
      await Promise.all(writes);
    } catch (error) {
      await Promise.allSettled(writes); // settled before the job is retried
      throw error;
    }
    await this.em.nativeUpdate(
      ActivityImport,
      { id: importId },
      { status: 'completed', finishedAt: new Date() },
    );
  }

  /**
   * Queues again every unfinished import whose job is not in the queue (Redis lost it) and that this
   * replica is not running; an import whose job is there, in any state, is left to it.
   */
  async resubmitLost(): Promise<string[]> {
    const unfinished = await this.em.find(
      ActivityImport,
      { status: { $in: ['queued', 'running'] } },
      { fields: ['id'], orderBy: { createdAt: 'asc' } },
    );
    const resubmitted: string[] = [];
    for (const { id } of unfinished) {
      if (this.runningHere.has(id) || (await this.queue.getJob(id))) continue;
      await this.enqueue(id);
      resubmitted.push(id);
    }
    return resubmitted;
  }

  private enqueue(importId: string) {
    return this.queue.add(
      'import',
      { importId },
      { jobId: importId, attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
    );
  }

  async markFailed(importId: string): Promise<void> {
    await this.em.nativeUpdate(
      ActivityImport,
      { id: importId },
      { status: 'failed', finishedAt: new Date() },
    );
  }

  private takeUpload(importId: string): CsvRow[] | undefined {
    if (this.lastUpload?.importId !== importId) return undefined;
    const { rows } = this.lastUpload;
    this.lastUpload = undefined;
    return rows;
  }

  private async checkChunk(run: ImportRun, chunk: CsvRow[]) {
    const problems: ActivityImportRowProblem[] = [];
    const candidates: { row: number; dto: CreateActivityDto }[] = [];
    for (const { row, record, problem } of chunk) {
      if (!record) {
        problems.push({ row, field: '(row)', problem: problem ?? 'could not be read' });
        continue;
      }
      const body = csvRecordToActivity(record);
      body.externalRef ??= `${run.derivedPrefix}-${row}`;
      try {
        const dto = acceptNewActivity(body) ?? (await validateNewActivity(body));
        if (inScope(run.actor, dto.faculty)) candidates.push({ row, dto });
        else
          problems.push({
            row,
            field: 'faculty',
            problem: `must be your own faculty (${run.actor.faculty ?? 'none'})`,
          });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        for (const detail of error.details ?? [])
          problems.push({ row, field: detail.field, problem: detail.problem });
      }
    }
    await this.lookUpPartners(
      candidates.map(({ dto }) => dto.partnerId),
      run.partners,
    );
    const valid: typeof candidates = [];
    let repeated = 0;
    for (const candidate of candidates) {
      const partner = run.partners.get(candidate.dto.partnerId);
      if (!partner || partner.archivedAt) {
        problems.push({
          row: candidate.row,
          field: 'partnerId',
          problem: partner ? 'names an archived partner' : 'names no partner in the register',
        });
      } else if (run.refs.has(candidate.dto.externalRef!)) {
        repeated++;
      } else {
        run.refs.add(candidate.dto.externalRef!);
        valid.push(candidate);
      }
    }
    problems.sort((a, b) => a.row - b.row);
    return { valid, repeated, problems };
  }

  /** Asks the partners service about the ids this import has not asked about yet. */
  private async lookUpPartners(ids: string[], known: Map<string, PartnerLookupItem | null>) {
    const unknown = [...new Set(ids)].filter((id) => !known.has(id));
    if (unknown.length === 0) return;
    const found = await this.partners.lookup(unknown);
    for (const id of unknown) known.set(id, found.get(id) ?? null);
  }

  private mayRead(actor: Actor, row: ActivityImport): boolean {
    return seesAllImports(actor) || row.actor.sub === actor.sub;
  }
}
