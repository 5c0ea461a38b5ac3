import type { Actor, ActivityImportRowProblem, ImportStatus } from '@app/contracts';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

/** One uploaded file and the progress of its import; the BullMQ job only carries this row's id. */
@Entity({ tableName: 'activity_import' })
export class ActivityImport {
  [OptionalProps]?: 'id' | 'processed' | 'created' | 'skipped' | 'errors' | 'createdAt' | 'finishedAt';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'text' }) status!: ImportStatus;
  @Property({ type: 'text', nullable: true }) fileName?: string | null;
  @Property({ type: 'text', lazy: true }) content!: string;
  @Property({ type: 'text' }) contentHash!: string;
  @Property({ type: 'json' }) actor!: Actor;
  @Property({ type: 'integer' }) total!: number;
  @Property({ type: 'integer' }) processed: number = 0;
  @Property({ type: 'integer' }) created: number = 0;
  @Property({ type: 'integer' }) skipped: number = 0;
  @Property({ type: 'json', defaultRaw: `'[]'` }) errors: ActivityImportRowProblem[] = [];
  @Property({ type: 'datetime', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) finishedAt?: Date | null = null;
}
