import {
  isUuid,
  type Actor,
  type ActivityCreateOutcome,
  ActivityEventType,
  type ActivityHistoryEntryView,
  type ActivityView,
  type CreateActivityDto,
  ListActivitiesQuery,
  type Page,
  academicYearOf,
  moneyToDb,
  pageWindow,
  validateActivityChange,
  validateDto,
  validateNewActivity,
} from '@app/contracts';
import { assertVersion } from '@app/database';
import { Outbox } from '@app/messaging';
import { type FilterQuery, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PartnerDirectory } from '../partners-lookup/partner-directory';
import { activityNotFound, externalRefTaken, otherFaculty, partnerUnknown } from './activities.errors';
import { facultyScope, inScope } from './activity-scope';
import { Activity, ActivityAudit, ActivityIncome } from './activity.entity';
import { activitySnapshot, activityView } from './activity.view';
import { ActivityImport } from '../imports/activity-import.entity';

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly partners: PartnerDirectory,
  ) {}

  async create(actor: Actor, payload: unknown): Promise<ActivityCreateOutcome> {
    const dto = await validateNewActivity(payload);
    if (dto.externalRef) {
      const existing = await this.byExternalRef(dto.externalRef);
      if (existing) return this.existingOutcome(actor, existing);
    }
    if (!inScope(actor, dto.faculty)) throw otherFaculty(actor.faculty);
    await this.assertPartnerLive(dto.partnerId);
    try {
      return await this.em.transactional(async (em) => {
        const [view] = await this.persistNew(em, actor, [dto]);
        return { created: true, activity: view };
      });
    } catch (error) {
      // Two posts of one externalRef at once: the loser answers like a repeat.
      if (error instanceof UniqueConstraintViolationException && dto.externalRef) {
        const existing = await this.em.fork().findOne(Activity, { externalRef: dto.externalRef });
        if (existing) return this.existingOutcome(actor, existing);
      }
      throw error;
    }
  }

  /**
   * Writes validated new activities with their income, audit entries and `activity.logged`
   * events, in the caller's transaction.
   */
  async persistNew(em: EntityManager, actor: Actor, dtos: CreateActivityDto[]): Promise<ActivityView[]> {
    const now = new Date();
    const activities = dtos.map(({ income: _income, ...fields }) =>
      Object.assign(new Activity(), {
        ...fields,
        description: fields.description ?? null,
        school: fields.school ?? null,
        leadStaff: fields.leadStaff ?? null,
        status: fields.status ?? 'active',
        endDate: fields.endDate ?? null,
        academicYear: academicYearOf(fields.startDate),
        valueGbp: moneyToDb(fields.valueGbp) ?? null,
        inKindGbp: moneyToDb(fields.inKindGbp) ?? null,
        details: fields.details ?? null,
        externalRef: fields.externalRef ?? null,
        createdBy: actor.sub,
        createdAt: now,
        updatedAt: now,
        version: 1,
      }),
    );
    const income = activities.flatMap((activity, index) =>
      (dtos[index].income ?? []).map((line) =>
        Object.assign(new ActivityIncome(), {
          activityId: activity.id,
          academicYear: line.academicYear,
          amountGbp: line.amountGbp.toFixed(2),
        }),
      ),
    );
    const views = activities.map((activity) =>
      activityView(
        activity,
        income.filter((line) => line.activityId === activity.id),
        actor,
      ),
    );
    await em.insertMany(Activity, activities);
    if (income.length) await em.insertMany(ActivityIncome, income);
    await em.insertMany(
      ActivityAudit,
      views.map((view) => ({
        id: randomUUID(),
        ...auditEntry(actor, view.id, 'created', undefined, view),
        at: now,
      })),
    );
    await this.outbox.recordMany(
      em,
      views.map((view) => ({
        type: ActivityEventType.Logged,
        version: 1,
        aggregateId: view.id,
        payload: activitySnapshot(view),
      })),
    );
    return views;
  }

  async list(actor: Actor, payload: unknown): Promise<Page<ActivityView>> {
    const query = await validateDto(ListActivitiesQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const scope = facultyScope(actor);
    if (scope === null || (scope && query.faculty && query.faculty !== scope))
      return { items: [], total: 0, page, limit };
    const where: FilterQuery<Activity> = { deletedAt: null };
    if (scope ?? query.faculty) where.faculty = scope ?? query.faculty;
    if (query.partnerId) where.partnerId = query.partnerId;
    if (query.type) where.type = query.type;
    if (query.status) where.status = query.status;
    if (query.academicYear) where.academicYear = query.academicYear;
    if (query.from || query.to) {
      where.startDate = {
        ...(query.from ? { $gte: query.from } : {}),
        ...(query.to ? { $lte: query.to } : {}),
      };
    }
    const [rows, total] = await this.em.findAndCount(Activity, where, {
      orderBy: { startDate: 'desc', id: 'asc' },
      limit,
      offset,
    });
    const income = await this.incomeOf(
      this.em,
      rows.map((row) => row.id),
    );
    return {
      items: rows.map((row) => activityView(row, income.get(row.id) ?? [], actor)),
      total,
      page,
      limit,
    };
  }

  async get(actor: Actor, id: string): Promise<ActivityView> {
    const activity = await this.findInScope(this.em, actor, id);
    return activityView(activity, (await this.incomeOf(this.em, [id])).get(id) ?? [], actor);
  }

  async history(actor: Actor, id: string): Promise<ActivityHistoryEntryView[]> {
    const activity = await this.findInScope(this.em, actor, id, true);
    const rows = await this.em.find(ActivityAudit, { activityId: id }, { orderBy: { at: 'asc', id: 'asc' } });
    const entries = rows.map((row) => ({
      action: row.action,
      actor: row.actor,
      at: row.at.toISOString(),
      changes: row.changes,
    }));
    return activity.importId ? [await this.importedEntry(activity, rows), ...entries] : entries;
  }

  /**
   * An imported activity's "created" entry (ADR 0006: an import writes no audit row per activity):
   * who imported it, from its import, and what it was then, field by field: its current state
   * with every later change undone.
   */
  private async importedEntry(activity: Activity, later: ActivityAudit[]): Promise<ActivityHistoryEntryView> {
    const imported = await this.em.findOneOrFail(ActivityImport, { id: activity.importId! });
    const income = (await this.incomeOf(this.em, [activity.id])).get(activity.id) ?? [];
    const created: ActivityView & Record<string, unknown> = {
      ...activityView(activity, income, imported.actor),
    };
    for (const entry of [...later].reverse())
      for (const [field, { before }] of Object.entries(entry.changes)) created[field] = before;
    const { actor, changes } = auditEntry(imported.actor, activity.id, 'created', undefined, created);
    return {
      action: 'created',
      actor,
      at: activity.createdAt.toISOString(),
      changes,
      source: { importId: imported.id, fileName: imported.fileName ?? null, row: activity.importRow ?? null },
    };
  }

  async update(actor: Actor, id: string, payload: unknown): Promise<ActivityView> {
    return this.em.transactional(async (em) => {
      const activity = await this.findInScope(em, actor, id);
      const dto = await validateActivityChange(payload, {
        type: activity.type,
        startDate: activity.startDate,
        endDate: activity.endDate ?? null,
        details: activity.details ?? null,
      });
      assertVersion(activity, dto.version, 'This activity');
      if (dto.faculty && !inScope(actor, dto.faculty)) throw otherFaculty(actor.faculty);
      if (dto.partnerId && dto.partnerId !== activity.partnerId) await this.assertPartnerLive(dto.partnerId);
      const before = activityView(activity, (await this.incomeOf(em, [id])).get(id) ?? [], actor);
      const { version: _version, income, valueGbp, inKindGbp, ...fields } = dto;
      em.assign(activity, fields);
      if (valueGbp !== undefined) activity.valueGbp = moneyToDb(valueGbp);
      if (inKindGbp !== undefined) activity.inKindGbp = moneyToDb(inKindGbp);
      if (dto.startDate) activity.academicYear = academicYearOf(dto.startDate);
      let lines = await em.find(ActivityIncome, { activityId: id });
      if (income !== undefined) {
        lines.forEach((line) => em.remove(line));
        await em.flush();
        lines = income.map((line) =>
          em.create(ActivityIncome, {
            activityId: id,
            academicYear: line.academicYear,
            amountGbp: line.amountGbp.toFixed(2),
          }),
        );
      }
      await em.flush();
      const after = activityView(activity, lines, actor);
      this.audit(em, actor, id, 'updated', { before, after });
      this.outbox.record(em, {
        type: ActivityEventType.Updated,
        version: 1,
        aggregateId: id,
        payload: activitySnapshot(after),
      });
      return after;
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.em.transactional(async (em) => {
      const activity = await this.findInScope(em, actor, id);
      activity.deletedAt = new Date();
      await em.flush();
      this.audit(em, actor, id, 'deleted', {});
      this.outbox.record(em, {
        type: ActivityEventType.Deleted,
        version: 1,
        aggregateId: id,
        payload: { id, partnerId: activity.partnerId, faculty: activity.faculty },
      });
    });
  }

  private async existingOutcome(actor: Actor, existing: Activity): Promise<ActivityCreateOutcome> {
    if (existing.deletedAt || !inScope(actor, existing.faculty)) throw externalRefTaken();
    const income = (await this.incomeOf(this.em, [existing.id])).get(existing.id) ?? [];
    return { created: false, activity: activityView(existing, income, actor) };
  }

  private byExternalRef(externalRef: string): Promise<Activity | null> {
    return this.em.findOne(Activity, { externalRef });
  }

  async assertPartnerLive(partnerId: string): Promise<void> {
    const partner = (await this.partners.lookup([partnerId])).get(partnerId);
    if (!partner || partner.archivedAt) throw partnerUnknown(partnerId, !!partner?.archivedAt);
  }

  /** Out of scope answers exactly like a missing id (404), so ids cannot be probed. */
  private async findInScope(
    em: EntityManager,
    actor: Actor,
    id: string,
    includeDeleted = false,
  ): Promise<Activity> {
    const activity = isUuid(id) ? await em.findOne(Activity, { id }) : null;
    if (!activity || (!includeDeleted && activity.deletedAt) || !inScope(actor, activity.faculty))
      throw activityNotFound(id);
    return activity;
  }

  private async incomeOf(em: EntityManager, ids: string[]): Promise<Map<string, ActivityIncome[]>> {
    const byActivity = new Map<string, ActivityIncome[]>();
    if (ids.length === 0) return byActivity;
    for (const line of await em.find(ActivityIncome, { activityId: { $in: ids } })) {
      byActivity.set(line.activityId, [...(byActivity.get(line.activityId) ?? []), line]);
    }
    return byActivity;
  }

  private audit(
    em: EntityManager,
    actor: Actor,
    activityId: string,
    action: ActivityAudit['action'],
    { before, after }: { before?: ActivityView; after?: ActivityView },
  ): void {
    em.persist(em.create(ActivityAudit, auditEntry(actor, activityId, action, before, after)));
  }
}

/** Not the activity's own state: the version and timestamps, and what the caller may do to it. */
const NOT_AUDITED = ['updatedAt', 'createdAt', 'version', 'allowedActions'];

/** Who did what to an activity; every changed field with its value before and after. */
function auditEntry(
  actor: Actor,
  activityId: string,
  action: ActivityAudit['action'],
  before?: ActivityView,
  after?: ActivityView,
) {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [field, value] of Object.entries(after ?? {})) {
    if (NOT_AUDITED.includes(field)) continue;
    const previous = before?.[field as keyof ActivityView];
    if (JSON.stringify(previous) !== JSON.stringify(value))
      changes[field] = { before: previous ?? null, after: value };
  }
  return {
    activityId,
    action,
    actor: { userId: actor.sub, name: actor.name ?? null, roles: actor.roles },
    changes,
  };
}
