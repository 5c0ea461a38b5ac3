import {
  type Actor,
  CreateInvolvementDto,
  type InvolvementView,
  ListInvolvementsQuery,
  type Page,
  pageWindow,
  ProgrammeEventType,
  seesStudentContacts,
  UpdateInvolvementDto,
  validateDto,
} from '@app/contracts';
import { assertVersion } from '@app/database';
import { Outbox } from '@app/messaging';
import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { changesOf, isUuid, notFound, refuseCleared } from '../common/programme-errors';
import { assertInSchoolScope, assertMaySchool, listSchool } from '../common/school-scope';
import { Involvement } from './involvement.entity';

function involvementView(involvement: Involvement, actor: Actor): InvolvementView {
  const ids = seesStudentContacts(actor);
  return {
    id: involvement.id,
    kind: involvement.kind,
    title: involvement.title,
    school: involvement.school ?? null,
    date: involvement.date,
    students: involvement.students.map((student) => (ids ? student : { name: student.name })),
    staff: involvement.staff,
    outcome: involvement.outcome ?? null,
    createdAt: involvement.createdAt.toISOString(),
    updatedAt: involvement.updatedAt.toISOString(),
    version: involvement.version,
  };
}

/** The partnership in practice beyond the forums: committees, recruitment, focus groups, consultations… */
@Injectable()
export class InvolvementsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async create(actor: Actor, payload: unknown): Promise<InvolvementView> {
    const dto = await validateDto(CreateInvolvementDto, payload);
    assertMaySchool(actor, dto.school ?? null);
    const involvement = this.em.create(Involvement, {
      ...dto,
      school: dto.school ?? null,
      students: dto.students.map((student) => ({ name: student.name, studentId: student.studentId ?? null })),
      staff: dto.staff ?? [],
      outcome: dto.outcome ?? null,
      createdBy: actor.sub,
    });
    this.outbox.record(this.em, {
      type: ProgrammeEventType.InvolvementRecorded,
      version: 1,
      aggregateId: involvement.id,
      payload: {
        id: involvement.id,
        kind: involvement.kind,
        school: involvement.school ?? null,
        date: involvement.date,
        students: involvement.students.length,
      },
    });
    await this.em.flush();
    return involvementView(involvement, actor);
  }

  async list(actor: Actor, payload: unknown): Promise<Page<InvolvementView>> {
    const query = await validateDto(ListInvolvementsQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const where: FilterQuery<Involvement> = {};
    if (query.kind) where.kind = query.kind;
    const school = listSchool(actor, query.school);
    if (school === false) return { items: [], total: 0, page, limit };
    // Scoped staff listing without a school: theirs and the university-wide ones.
    if (school && query.school) where.school = school;
    else if (school) where.$or = [{ school }, { school: null }];
    if (query.from || query.to)
      where.date = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) };
    const [rows, total] = await this.em.findAndCount(Involvement, where, {
      orderBy: { date: 'desc', id: 'asc' },
      limit,
      offset,
    });
    return { items: rows.map((row) => involvementView(row, actor)), total, page, limit };
  }

  async get(actor: Actor, id: string): Promise<InvolvementView> {
    return involvementView(await this.find(actor, id), actor);
  }

  async update(actor: Actor, id: string, payload: unknown): Promise<InvolvementView> {
    const dto = await validateDto(UpdateInvolvementDto, payload);
    refuseCleared(dto, ['kind', 'title', 'date', 'students']);
    const involvement = await this.find(actor, id);
    assertVersion(involvement, dto.version, 'This involvement');
    const { students, staff, ...changes } = changesOf(dto);
    if (changes.school !== undefined) assertMaySchool(actor, changes.school);
    this.em.assign(involvement, changes);
    if (students)
      involvement.students = students.map((s) => ({ name: s.name, studentId: s.studentId ?? null }));
    if (staff !== undefined) involvement.staff = staff ?? [];
    await this.em.flush();
    return involvementView(involvement, actor);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const involvement = await this.find(actor, id);
    await this.em.remove(involvement).flush();
  }

  private async find(actor: Actor, id: string): Promise<Involvement> {
    const involvement = isUuid(id) ? await this.em.findOne(Involvement, { id }) : null;
    if (!involvement) throw notFound('involvement', id);
    return assertInSchoolScope(actor, 'involvement', involvement);
  }
}
