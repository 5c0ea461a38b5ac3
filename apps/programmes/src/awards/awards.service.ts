import {
  type Actor,
  type AwardCycleView,
  type AwardWinnersView,
  CreateAwardCycleDto,
  DomainError,
  ListNominationsQuery,
  NominationDecisionDto,
  NominationDto,
  type NominationView,
  type Page,
  PageQuery,
  pageWindow,
  ProgrammeError,
  ProgrammeEventType,
  ukDate,
  validateDto,
} from '@app/contracts';
import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Outbox } from '@app/messaging';
import { duplicate, flushOrDuplicate, isUuid, notFound } from '../common/programme-errors';
import { AwardCycle, Nomination } from './award.entities';

/** Open until the end of `closesOn`, UK time. */
const isOpen = (cycle: AwardCycle) => ukDate() <= cycle.closesOn;

const cycleView = (cycle: AwardCycle): AwardCycleView => ({
  id: cycle.id,
  year: cycle.year,
  categories: cycle.categories,
  closesOn: cycle.closesOn,
  open: isOpen(cycle),
  createdAt: cycle.createdAt.toISOString(),
  version: cycle.version,
});

const nominationView = (nomination: Nomination): NominationView => ({
  id: nomination.id,
  cycleId: nomination.cycleId,
  nominee: nomination.nominee,
  category: nomination.category,
  citation: nomination.citation,
  status: nomination.status,
  nominatedBy: { name: nomination.nominatedBy.name, role: nomination.nominatedBy.role },
  decidedAt: nomination.decidedAt?.toISOString() ?? null,
  createdAt: nomination.createdAt.toISOString(),
});

/** The Partnership Awards: a yearly cycle, nominations while it is open, decisions by partnership staff. */
@Injectable()
export class AwardsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async createCycle(payload: unknown): Promise<AwardCycleView> {
    const dto = await validateDto(CreateAwardCycleDto, payload);
    const existing = await this.em.findOne(AwardCycle, { year: dto.year });
    if (existing) throw cycleExists(existing.id);
    const cycle = this.em.create(AwardCycle, { ...dto, categories: [...new Set(dto.categories)] });
    await flushOrDuplicate(this.em, async (fresh) =>
      cycleExists((await fresh.findOne(AwardCycle, { year: dto.year }))?.id ?? ''),
    );
    return cycleView(cycle);
  }

  async listCycles(payload: unknown): Promise<Page<AwardCycleView>> {
    const query = await validateDto(PageQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const [rows, total] = await this.em.findAndCount(
      AwardCycle,
      {},
      { orderBy: { year: 'desc' }, limit, offset },
    );
    return { items: rows.map(cycleView), total, page, limit };
  }

  async getCycle(id: string): Promise<AwardCycleView> {
    return cycleView(await this.findCycle(id));
  }

  async nominate(actor: Actor, cycleId: string, payload: unknown): Promise<NominationView> {
    const dto = await validateDto(NominationDto, payload);
    const cycle = await this.findCycle(cycleId);
    if (!isOpen(cycle)) {
      throw new DomainError(
        ProgrammeError.CycleClosed,
        `Nominations for the ${cycle.year} awards closed on ${cycle.closesOn}`,
        [],
        { closesOn: cycle.closesOn },
      );
    }
    if (!cycle.categories.includes(dto.category)) {
      throw new DomainError(
        ProgrammeError.UnknownCategory,
        `"${dto.category}" is not a category of these awards`,
        [{ field: 'category', problem: `must be one of ${cycle.categories.join(', ')}` }],
      );
    }
    const nomination = this.em.create(Nomination, {
      cycleId,
      nominee: { name: dto.nominee.name, role: dto.nominee.role },
      category: dto.category,
      citation: dto.citation,
      nominatedBy: { userId: actor.sub, name: actor.name ?? null, role: actor.roles[0] },
    });
    this.record(nomination, cycle, ProgrammeEventType.NominationSubmitted);
    await this.em.flush();
    return nominationView(nomination);
  }

  async listNominations(cycleId: string, payload: unknown): Promise<Page<NominationView>> {
    const query = await validateDto(ListNominationsQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    await this.findCycle(cycleId);
    const where: FilterQuery<Nomination> = { cycleId };
    if (query.status) where.status = query.status as Nomination['status'];
    const [rows, total] = await this.em.findAndCount(Nomination, where, {
      orderBy: { category: 'asc', createdAt: 'asc' },
      limit,
      offset,
    });
    return { items: rows.map(nominationView), total, page, limit };
  }

  async decide(id: string, payload: unknown): Promise<NominationView> {
    const dto = await validateDto(NominationDecisionDto, payload);
    const nomination = isUuid(id) ? await this.em.findOne(Nomination, { id }) : null;
    if (!nomination) throw notFound('nomination', id);
    const cycle = await this.findCycle(nomination.cycleId);
    nomination.status = dto.decision;
    nomination.decidedAt = new Date();
    this.record(nomination, cycle, ProgrammeEventType.NominationDecided);
    await this.em.flush();
    return nominationView(nomination);
  }

  /** Public: who won, in which category, and why. */
  async winners(cycleId: string): Promise<AwardWinnersView> {
    const cycle = await this.findCycle(cycleId);
    const rows = await this.em.find(
      Nomination,
      { cycleId, status: 'winner' },
      { orderBy: { category: 'asc', createdAt: 'asc' } },
    );
    return {
      cycle: { id: cycle.id, year: cycle.year },
      items: rows.map((row) => ({ category: row.category, nominee: row.nominee, citation: row.citation })),
    };
  }

  private record(
    nomination: Nomination,
    cycle: AwardCycle,
    type: typeof ProgrammeEventType.NominationSubmitted | typeof ProgrammeEventType.NominationDecided,
  ): void {
    this.outbox.record(this.em, {
      type,
      version: 1,
      aggregateId: nomination.id,
      payload: {
        id: nomination.id,
        cycleId: cycle.id,
        year: cycle.year,
        category: nomination.category,
        status: nomination.status,
      },
    });
  }

  private async findCycle(id: string): Promise<AwardCycle> {
    const cycle = isUuid(id) ? await this.em.findOne(AwardCycle, { id }) : null;
    if (!cycle) throw notFound('award cycle', id);
    return cycle;
  }
}

const cycleExists = (existingId: string) =>
  duplicate('There is already an awards cycle for that year', 'year', existingId);
