import {
  type Actor,
  type CharterView,
  CreateCharterDto,
  DomainError,
  ListChartersQuery,
  type Page,
  pageWindow,
  ProgrammeError,
  ProgrammeEventType,
  readsProgrammes,
  UpdateCharterDto,
  validateDto,
} from '@app/contracts';
import { assertVersion } from '@app/database';
import { Outbox } from '@app/messaging';
import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { changesOf, isUuid, notFound, refuseCleared } from '../common/programme-errors';
import { charterActions, isDraft } from './charter-actions';
import { Charter } from './charter.entity';

const charterView = (charter: Charter, actor: Actor): CharterView => ({
  id: charter.id,
  institution: charter.institution,
  title: charter.title,
  academicYear: charter.academicYear,
  parties: charter.parties,
  definition: charter.definition ?? null,
  commitments: charter.commitments,
  expectations: charter.expectations,
  values: charter.values,
  priorities: charter.priorities,
  relatedStrategies: charter.relatedStrategies,
  status: charter.status,
  publishedAt: charter.publishedAt?.toISOString() ?? null,
  createdAt: charter.createdAt.toISOString(),
  updatedAt: charter.updatedAt.toISOString(),
  version: charter.version,
  allowedActions: charterActions(charter, actor),
});

const REQUIRED = ['institution', 'title', 'academicYear', 'parties', 'commitments', 'expectations'] as const;

/** Drafts are for the staff who run the partnership; a published charter is for everyone. */
@Injectable()
export class ChartersService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async create(actor: Actor, payload: unknown): Promise<CharterView> {
    const dto = await validateDto(CreateCharterDto, payload);
    const charter = this.em.create(Charter, {
      ...dto,
      definition: dto.definition ?? null,
      values: dto.values ?? [],
      priorities: dto.priorities ?? [],
      relatedStrategies: dto.relatedStrategies ?? [],
      createdBy: actor.sub,
    });
    await this.em.flush();
    return charterView(charter, actor);
  }

  async list(actor: Actor, payload: unknown): Promise<Page<CharterView>> {
    const query = await validateDto(ListChartersQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const staff = readsProgrammes(actor);
    if (!staff && query.status === 'draft') return { items: [], total: 0, page, limit };
    const where: FilterQuery<Charter> = {};
    if (query.academicYear) where.academicYear = query.academicYear;
    if (query.status) where.status = query.status;
    else if (!staff) where.status = { $ne: 'draft' };
    const [rows, total] = await this.em.findAndCount(Charter, where, {
      orderBy: { academicYear: 'desc', createdAt: 'desc' },
      limit,
      offset,
    });
    return { items: rows.map((row) => charterView(row, actor)), total, page, limit };
  }

  async current(actor: Actor): Promise<CharterView> {
    const charter = await this.em.findOne(
      Charter,
      { status: 'published' },
      { orderBy: { academicYear: 'desc', publishedAt: 'desc' } },
    );
    if (!charter) throw new DomainError(ProgrammeError.NoCurrentCharter, 'No charter has been published yet');
    return charterView(charter, actor);
  }

  async get(actor: Actor, id: string): Promise<CharterView> {
    return charterView(await this.find(this.em, actor, id), actor);
  }

  async update(actor: Actor, id: string, payload: unknown): Promise<CharterView> {
    const dto = await validateDto(UpdateCharterDto, payload);
    refuseCleared(dto, REQUIRED);
    const charter = await this.find(this.em, actor, id);
    assertVersion(charter, dto.version, 'This charter');
    if (!isDraft(charter)) throw publishedCharter(charter.status);
    const changes = changesOf(dto);
    this.em.assign(charter, {
      ...changes,
      ...(changes.values === null ? { values: [] } : {}),
      ...(changes.priorities === null ? { priorities: [] } : {}),
      ...(changes.relatedStrategies === null ? { relatedStrategies: [] } : {}),
    });
    await this.em.flush();
    return charterView(charter, actor);
  }

  /** Publishing makes it current; an earlier published charter of the same institution and year is superseded. */
  async publish(actor: Actor, id: string): Promise<CharterView> {
    return this.em.transactional(async (em) => {
      const charter = await this.find(em, actor, id);
      if (!isDraft(charter)) throw publishedCharter(charter.status);
      const earlier = await em.find(Charter, {
        status: 'published',
        institution: charter.institution,
        academicYear: charter.academicYear,
      });
      earlier.forEach((old) => (old.status = 'superseded'));
      charter.status = 'published';
      charter.publishedAt = new Date();
      this.outbox.record(em, {
        type: ProgrammeEventType.CharterPublished,
        version: 1,
        aggregateId: charter.id,
        payload: {
          id: charter.id,
          institution: charter.institution,
          academicYear: charter.academicYear,
          publishedAt: charter.publishedAt.toISOString(),
        },
      });
      await em.flush();
      return charterView(charter, actor);
    });
  }

  private async find(em: EntityManager, actor: Actor, id: string): Promise<Charter> {
    const charter = isUuid(id) ? await em.findOne(Charter, { id }) : null;
    if (!charter || (charter.status === 'draft' && !readsProgrammes(actor))) throw notFound('charter', id);
    return charter;
  }
}

const publishedCharter = (status: string) =>
  new DomainError(
    ProgrammeError.CharterPublished,
    `This charter is ${status}: it can no longer change. Create a new version for the year instead`,
  );
