import {
  ActionItemDto,
  type ActionPlanView as PlanView,
  type Actor,
  AddActionItemDto,
  CreateActionPlanDto,
  ListActionPlansQuery,
  type Page,
  pageWindow,
  UpdateActionItemDto,
  validateDto,
} from '@app/contracts';
import { assertVersion } from '@app/database';
import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  changesOf,
  duplicate,
  flushOrDuplicate,
  isUuid,
  notFound,
  refuseCleared,
} from '../common/programme-errors';
import { assertInSchoolScope, assertMaySchool, listSchool } from '../common/school-scope';
import { type ActionItem, ActionPlan } from './action-plan.entity';

const planView = (plan: ActionPlan): PlanView => ({
  id: plan.id,
  school: plan.school,
  academicYear: plan.academicYear,
  items: plan.items,
  progress: {
    items: plan.items.length,
    done: plan.items.filter((item) => item.status === 'done').length,
    withStudentInput: plan.items.filter((item) => item.studentInput).length,
  },
  createdAt: plan.createdAt.toISOString(),
  updatedAt: plan.updatedAt.toISOString(),
  version: plan.version,
});

const newItem = (dto: ActionItemDto): ActionItem => ({
  id: randomUUID(),
  title: dto.title,
  owner: dto.owner,
  dueDate: dto.dueDate ?? null,
  status: dto.status ?? 'open',
  studentInput: dto.studentInput ?? null,
  updatedAt: new Date().toISOString(),
});

/** A school's annual action plan: one per school and academic year. */
@Injectable()
export class ActionPlansService {
  constructor(private readonly em: EntityManager) {}

  async create(actor: Actor, payload: unknown): Promise<PlanView> {
    const dto = await validateDto(CreateActionPlanDto, payload);
    assertMaySchool(actor, dto.school);
    const existing = await this.em.findOne(ActionPlan, {
      school: dto.school,
      academicYear: dto.academicYear,
    });
    if (existing) throw planExists(existing.id);
    const plan = this.em.create(ActionPlan, { ...dto, items: dto.items.map(newItem) });
    await flushOrDuplicate(this.em, async (fresh) =>
      planExists(
        (await fresh.findOne(ActionPlan, { school: dto.school, academicYear: dto.academicYear }))?.id ?? '',
      ),
    );
    return planView(plan);
  }

  async list(actor: Actor, payload: unknown): Promise<Page<PlanView>> {
    const query = await validateDto(ListActionPlansQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const where: FilterQuery<ActionPlan> = {};
    const school = listSchool(actor, query.school);
    if (school === false) return { items: [], total: 0, page, limit };
    if (school) where.school = school;
    if (query.academicYear) where.academicYear = query.academicYear;
    const [rows, total] = await this.em.findAndCount(ActionPlan, where, {
      orderBy: { academicYear: 'desc', school: 'asc' },
      limit,
      offset,
    });
    return { items: rows.map(planView), total, page, limit };
  }

  async get(actor: Actor, id: string): Promise<PlanView> {
    return planView(await this.find(actor, id));
  }

  async addItem(actor: Actor, id: string, payload: unknown): Promise<PlanView> {
    const dto = await validateDto(AddActionItemDto, payload);
    const plan = await this.find(actor, id);
    assertVersion(plan, dto.version, 'This action plan');
    const { version: _version, ...item } = dto;
    plan.items = [...plan.items, newItem(item)];
    await this.em.flush();
    return planView(plan);
  }

  /** Progress, owner, due date, and what students said about the item. */
  async updateItem(actor: Actor, id: string, itemId: string, payload: unknown): Promise<PlanView> {
    const dto = await validateDto(UpdateActionItemDto, payload);
    refuseCleared(dto, ['title', 'owner', 'status']);
    const plan = await this.find(actor, id);
    const index = plan.items.findIndex((item) => item.id === itemId);
    if (index < 0) throw notFound('item in this action plan', itemId);
    assertVersion(plan, dto.version, 'This action plan');
    const items = [...plan.items];
    items[index] = { ...items[index], ...changesOf(dto), updatedAt: new Date().toISOString() };
    plan.items = items;
    await this.em.flush();
    return planView(plan);
  }

  private async find(actor: Actor, id: string): Promise<ActionPlan> {
    const plan = isUuid(id) ? await this.em.findOne(ActionPlan, { id }) : null;
    if (!plan) throw notFound('action plan', id);
    return assertInSchoolScope(actor, 'action plan', plan);
  }
}

const planExists = (existingId: string) =>
  duplicate('This school already has an action plan for that year', 'academicYear', existingId);
