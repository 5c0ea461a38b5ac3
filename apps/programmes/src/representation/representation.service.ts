import {
  type Actor,
  AppointRepresentativeDto,
  type CoverageListView,
  CreateTeachingGroupDto,
  ListTeachingGroupsQuery,
  type Page,
  pageWindow,
  ProgrammeEventType,
  type RepresentativeListView,
  RepresentativesQuery,
  type RepresentativeTermView,
  seesStudentContacts,
  type TeachingGroupView as GroupView,
  UpdateTeachingGroupDto,
  validateDto,
} from '@app/contracts';
import { assertVersion } from '@app/database';
import { Outbox } from '@app/messaging';
import { type FilterQuery, LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { actorRef } from '../common/actor-ref';
import {
  changesOf,
  duplicate,
  flushOrDuplicate,
  isUuid,
  notFound,
  refuseCleared,
} from '../common/programme-errors';
import { assertInSchoolScope, assertMaySchool, listSchool } from '../common/school-scope';
import { PROGRAMMES_SCHEMA } from '../migrations';
import { RepresentativeTerm, TeachingGroup } from './teaching-group.entity';

/** Students and leadership see who represents a group; only partnership staff see how to reach them. */
function termView(term: RepresentativeTerm, contacts: boolean): RepresentativeTermView {
  return {
    name: term.name,
    ...(contacts ? { studentId: term.studentId, email: term.email ?? null } : {}),
    startedAt: term.startedAt.toISOString(),
    endedAt: term.endedAt?.toISOString() ?? null,
  };
}

function groupView(group: TeachingGroup, terms: RepresentativeTerm[], contacts: boolean): GroupView {
  const current = terms.find((term) => !term.endedAt);
  return {
    id: group.id,
    school: group.school,
    code: group.code,
    name: group.name,
    academicYear: group.academicYear,
    representative: current ? termView(current, contacts) : null,
    representativeHistory: terms
      .filter((term) => term.endedAt)
      .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())
      .map((term) => termView(term, contacts)),
    createdAt: group.createdAt.toISOString(),
    updatedAt: group.updatedAt.toISOString(),
    version: group.version,
  };
}

@Injectable()
export class RepresentationService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async createGroup(actor: Actor, payload: unknown): Promise<GroupView> {
    const dto = await validateDto(CreateTeachingGroupDto, payload);
    assertMaySchool(actor, dto.school);
    await this.assertCodeFree(dto.school, dto.code, dto.academicYear);
    const group = this.em.create(TeachingGroup, dto);
    this.outbox.record(this.em, {
      type: ProgrammeEventType.TeachingGroupCreated,
      version: 1,
      aggregateId: group.id,
      payload: { id: group.id, school: group.school, code: group.code, academicYear: group.academicYear },
    });
    await this.flushUnique(dto.school, dto.code, dto.academicYear);
    return groupView(group, [], seesStudentContacts(actor));
  }

  async listGroups(actor: Actor, payload: unknown): Promise<Page<GroupView>> {
    const query = await validateDto(ListTeachingGroupsQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const where: FilterQuery<TeachingGroup> = {};
    const school = listSchool(actor, query.school);
    if (school === false) return { items: [], total: 0, page, limit };
    if (school) where.school = school;
    if (query.academicYear) where.academicYear = query.academicYear;
    const [rows, total] = await this.em.findAndCount(TeachingGroup, where, {
      orderBy: { school: 'asc', academicYear: 'desc', code: 'asc' },
      limit,
      offset,
    });
    const terms = await this.termsOf(rows.map((row) => row.id));
    const contacts = seesStudentContacts(actor);
    return {
      items: rows.map((row) => groupView(row, terms.get(row.id) ?? [], contacts)),
      total,
      page,
      limit,
    };
  }

  async getGroup(actor: Actor, id: string): Promise<GroupView> {
    const group = assertInSchoolScope(actor, 'teaching group', await this.find(this.em, id));
    return groupView(group, (await this.termsOf([id])).get(id) ?? [], seesStudentContacts(actor));
  }

  async updateGroup(actor: Actor, id: string, payload: unknown): Promise<GroupView> {
    const dto = await validateDto(UpdateTeachingGroupDto, payload);
    refuseCleared(dto, ['school', 'code', 'name']);
    const group = assertInSchoolScope(actor, 'teaching group', await this.find(this.em, id));
    assertVersion(group, dto.version, 'This teaching group');
    const changes = changesOf(dto);
    if (changes.school) assertMaySchool(actor, changes.school);
    if ((changes.school ?? group.school) !== group.school || (changes.code ?? group.code) !== group.code)
      await this.assertCodeFree(
        changes.school ?? group.school,
        changes.code ?? group.code,
        group.academicYear,
      );
    this.em.assign(group, changes);
    await this.flushUnique(group.school, group.code, group.academicYear);
    return this.getGroup(actor, id);
  }

  /**
   * The group's representative from now on. The current one's term ends and stays in the history;
   * the group row is locked so two appointments at once are serialised, and a partial unique index
   * refuses a second current term whatever happens.
   */
  async appoint(actor: Actor, id: string, payload: unknown): Promise<GroupView> {
    const dto = await validateDto(AppointRepresentativeDto, payload);
    await this.em.transactional(async (em) => {
      const group = assertInSchoolScope(actor, 'teaching group', await this.lockGroup(em, id));
      const current = await em.findOne(RepresentativeTerm, { teachingGroupId: id, endedAt: null });
      if (current?.studentId === dto.studentId) {
        // The same student again: their details change, their term goes on.
        em.assign(current, { name: dto.name, email: dto.email ?? current.email ?? null });
        await em.flush();
        return;
      }
      const now = new Date();
      await this.endCurrent(em, group, now);
      em.create(RepresentativeTerm, {
        teachingGroupId: id,
        studentId: dto.studentId,
        name: dto.name,
        email: dto.email ?? null,
        startedAt: now,
        appointedBy: actorRef(actor),
      });
      this.outbox.record(em, {
        type: ProgrammeEventType.RepresentativeAppointed,
        version: 1,
        aggregateId: id,
        payload: {
          teachingGroupId: id,
          school: group.school,
          academicYear: group.academicYear,
          at: now.toISOString(),
        },
      });
      await em.flush();
    });
    return this.getGroup(actor, id);
  }

  /** The representative steps down and nobody replaces them yet. */
  async endTerm(actor: Actor, id: string): Promise<GroupView> {
    await this.em.transactional(async (em) => {
      const group = assertInSchoolScope(actor, 'teaching group', await this.lockGroup(em, id));
      if (await this.endCurrent(em, group, new Date())) await em.flush();
    });
    return this.getGroup(actor, id);
  }

  /** Current representatives, by school and year: so students can find theirs. */
  async representatives(actor: Actor, payload: unknown): Promise<RepresentativeListView> {
    const query = await validateDto(RepresentativesQuery, payload);
    const groupWhere: FilterQuery<TeachingGroup> = {};
    const school = listSchool(actor, query.school);
    if (school === false) return { items: [] };
    if (school) groupWhere.school = school;
    if (query.academicYear) groupWhere.academicYear = query.academicYear;
    const groups = await this.em.find(TeachingGroup, groupWhere, {
      orderBy: { school: 'asc', academicYear: 'desc', code: 'asc' },
      limit: 2000,
    });
    const byId = new Map(groups.map((group) => [group.id, group]));
    const terms = await this.em.find(RepresentativeTerm, {
      teachingGroupId: { $in: [...byId.keys()] },
      endedAt: null,
    });
    const contacts = seesStudentContacts(actor);
    return {
      items: terms
        .map((term) => {
          const group = byId.get(term.teachingGroupId)!;
          return {
            teachingGroup: { id: group.id, school: group.school, code: group.code, name: group.name },
            academicYear: group.academicYear,
            ...termView(term, contacts),
          };
        })
        .sort((a, b) =>
          `${a.teachingGroup.school}${a.teachingGroup.code}`.localeCompare(
            `${b.teachingGroup.school}${b.teachingGroup.code}`,
          ),
        ),
    };
  }

  /** Per school and year: groups with a current representative out of all groups. */
  async coverage(payload: unknown): Promise<CoverageListView> {
    const query = await validateDto(RepresentativesQuery, payload);
    const rows: { school: string; academic_year: string; groups: string; with_rep: string }[] =
      await this.em.execute(
        `select g.school, g.academic_year, count(*) as groups,
                count(*) filter (where exists (select 1 from ${PROGRAMMES_SCHEMA}.representative_term t
                                                where t.teaching_group_id = g.id and t.ended_at is null)) as with_rep
           from ${PROGRAMMES_SCHEMA}.teaching_group g
          where (?::text is null or g.school = ?) and (?::text is null or g.academic_year = ?)
          group by g.school, g.academic_year
          order by g.school, g.academic_year desc`,
        [query.school ?? null, query.school ?? null, query.academicYear ?? null, query.academicYear ?? null],
      );
    return {
      items: rows.map((row) => ({
        school: row.school,
        academicYear: row.academic_year,
        groups: Number(row.groups),
        withRepresentative: Number(row.with_rep),
        coverage: Number(row.groups) === 0 ? 0 : Number(row.with_rep) / Number(row.groups),
      })),
    };
  }

  /** Teaching groups the caller currently represents. */
  async groupsRepresentedBy(em: EntityManager, studentId: string): Promise<TeachingGroup[]> {
    const terms = await em.find(RepresentativeTerm, { studentId, endedAt: null });
    if (terms.length === 0) return [];
    return em.find(TeachingGroup, { id: { $in: terms.map((term) => term.teachingGroupId) } });
  }

  async find(em: EntityManager, id: string): Promise<TeachingGroup> {
    const group = isUuid(id) ? await em.findOne(TeachingGroup, { id }) : null;
    if (!group) throw notFound('teaching group', id);
    return group;
  }

  private async lockGroup(em: EntityManager, id: string): Promise<TeachingGroup> {
    const group = isUuid(id)
      ? await em.findOne(TeachingGroup, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!group) throw notFound('teaching group', id);
    return group;
  }

  private async endCurrent(em: EntityManager, group: TeachingGroup, at: Date): Promise<boolean> {
    const current = await em.findOne(RepresentativeTerm, { teachingGroupId: group.id, endedAt: null });
    if (!current) return false;
    current.endedAt = at;
    this.outbox.record(em, {
      type: ProgrammeEventType.RepresentativeTermEnded,
      version: 1,
      aggregateId: group.id,
      payload: {
        teachingGroupId: group.id,
        school: group.school,
        academicYear: group.academicYear,
        at: at.toISOString(),
      },
    });
    // The old term must be closed before the new one is inserted (partial unique index).
    await em.flush();
    return true;
  }

  private async termsOf(groupIds: string[]): Promise<Map<string, RepresentativeTerm[]>> {
    const byGroup = new Map<string, RepresentativeTerm[]>();
    if (groupIds.length === 0) return byGroup;
    const terms = await this.em.find(RepresentativeTerm, { teachingGroupId: { $in: groupIds } });
    for (const term of terms)
      byGroup.set(term.teachingGroupId, [...(byGroup.get(term.teachingGroupId) ?? []), term]);
    return byGroup;
  }

  private async assertCodeFree(school: string, code: string, academicYear: string): Promise<void> {
    const existing = await this.em.findOne(TeachingGroup, { school, code, academicYear });
    if (existing) throw codeTaken(existing.id);
  }

  private async flushUnique(school: string, code: string, academicYear: string): Promise<void> {
    await flushOrDuplicate(this.em, async (fresh) =>
      codeTaken((await fresh.findOne(TeachingGroup, { school, code, academicYear }))?.id ?? ''),
    );
  }
}

const codeTaken = (existingId: string) =>
  duplicate('A teaching group with this code already exists in the school for that year', 'code', existingId);
