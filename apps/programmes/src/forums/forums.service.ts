import {
  type Actor,
  AddAgendaItemDto,
  CreateForumDto,
  CreateMeetingDto,
  DomainError,
  type ForumView,
  hasRole,
  ListForumsQuery,
  type MeetingMinutesView,
  type MeetingView,
  MinutesDto,
  type Page,
  PageQuery,
  pageWindow,
  ProgrammeError,
  ProgrammeEventType,
  readsProgrammes,
  ukDate,
  UpdateForumDto,
  UpdateMeetingDto,
  validateDto,
} from '@app/contracts';
import { assertVersion } from '@app/database';
import { Outbox } from '@app/messaging';
import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  changesOf,
  duplicate,
  flushOrDuplicate,
  isUuid,
  notFound,
  refuseCleared,
} from '../common/programme-errors';
import { assertInSchoolScope, assertMaySchool, listSchool } from '../common/school-scope';
import { RepresentationService } from '../representation/representation.service';
import { type AgendaItem, Forum, Meeting } from './forum.entity';

const forumView = (forum: Forum): ForumView => ({
  id: forum.id,
  school: forum.school,
  name: forum.name,
  createdAt: forum.createdAt.toISOString(),
  updatedAt: forum.updatedAt.toISOString(),
  version: forum.version,
});

/** Unpublished minutes are left out for everyone but the partnership's staff and leadership. */
function meetingView(meeting: Meeting, actor: Actor): MeetingView {
  const published = !!meeting.minutesPublishedAt;
  const showMinutes = !!meeting.minutes && (published || readsProgrammes(actor));
  return {
    id: meeting.id,
    forumId: meeting.forumId,
    school: meeting.school,
    date: meeting.date,
    agenda: meeting.agenda.map((item) => item.text),
    agendaItems: meeting.agenda,
    attendees: meeting.attendees,
    minutes: showMinutes
      ? {
          text: meeting.minutes!,
          writtenAt: meeting.minutesWrittenAt?.toISOString() ?? null,
          publishedAt: meeting.minutesPublishedAt?.toISOString() ?? null,
        }
      : null,
    minutesPublished: published,
    createdAt: meeting.createdAt.toISOString(),
    updatedAt: meeting.updatedAt.toISOString(),
    version: meeting.version,
  };
}

@Injectable()
export class ForumsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly representation: RepresentationService,
  ) {}

  async create(actor: Actor, payload: unknown): Promise<ForumView> {
    const dto = await validateDto(CreateForumDto, payload);
    assertMaySchool(actor, dto.school);
    await this.assertNameFree(dto.school, dto.name);
    const forum = this.em.create(Forum, dto);
    await this.flushUnique(dto.school, dto.name);
    return forumView(forum);
  }

  async list(actor: Actor, payload: unknown): Promise<Page<ForumView>> {
    const query = await validateDto(ListForumsQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const school = listSchool(actor, query.school);
    if (school === false) return { items: [], total: 0, page, limit };
    const where: FilterQuery<Forum> = school ? { school } : {};
    const [rows, total] = await this.em.findAndCount(Forum, where, {
      orderBy: { school: 'asc', name: 'asc' },
      limit,
      offset,
    });
    return { items: rows.map(forumView), total, page, limit };
  }

  async get(actor: Actor, id: string): Promise<ForumView> {
    return forumView(await this.findForum(actor, id));
  }

  async update(actor: Actor, id: string, payload: unknown): Promise<ForumView> {
    const dto = await validateDto(UpdateForumDto, payload);
    refuseCleared(dto, ['school', 'name']);
    const forum = await this.findForum(actor, id);
    assertVersion(forum, dto.version, 'This forum');
    const changes = changesOf(dto);
    if (changes.school) assertMaySchool(actor, changes.school);
    const school = changes.school ?? forum.school;
    const name = changes.name ?? forum.name;
    if (school !== forum.school || name !== forum.name) await this.assertNameFree(school, name);
    this.em.assign(forum, changes);
    await this.flushUnique(school, name);
    return forumView(forum);
  }

  async createMeeting(actor: Actor, forumId: string, payload: unknown): Promise<MeetingView> {
    const dto = await validateDto(CreateMeetingDto, payload);
    const forum = await this.findForum(actor, forumId);
    const meeting = this.em.create(Meeting, {
      forumId,
      school: forum.school,
      date: dto.date,
      agenda: dto.agenda.map((text) => staffItem(actor, text)),
      attendees: dto.attendees ?? [],
    });
    this.recordMeeting(this.em, ProgrammeEventType.MeetingScheduled, meeting);
    await this.em.flush();
    return meetingView(meeting, actor);
  }

  async listMeetings(actor: Actor, forumId: string, payload: unknown): Promise<Page<MeetingView>> {
    const query = await validateDto(PageQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    await this.findForum(actor, forumId);
    const [rows, total] = await this.em.findAndCount(
      Meeting,
      { forumId },
      { orderBy: { date: 'desc', id: 'asc' }, limit, offset },
    );
    return { items: rows.map((row) => meetingView(row, actor)), total, page, limit };
  }

  async getMeeting(actor: Actor, id: string): Promise<MeetingView> {
    return meetingView(await this.findMeeting(actor, this.em, id), actor);
  }

  /** The minutes alone: a student asking for unpublished minutes is told there are none (404). */
  async minutes(actor: Actor, id: string): Promise<MeetingMinutesView> {
    const view = meetingView(await this.findMeeting(actor, this.em, id), actor);
    if (!view.minutes) throw notFound('published minutes for meeting', id);
    return { meetingId: view.id, school: view.school, date: view.date, ...view.minutes };
  }

  async updateMeeting(actor: Actor, id: string, payload: unknown): Promise<MeetingView> {
    const dto = await validateDto(UpdateMeetingDto, payload);
    refuseCleared(dto, ['date', 'agenda']);
    const meeting = await this.findMeeting(actor, this.em, id);
    assertVersion(meeting, dto.version, 'This meeting');
    if (dto.date) meeting.date = dto.date;
    if (dto.attendees !== undefined) meeting.attendees = dto.attendees ?? [];
    if (dto.agenda) {
      // Items kept from the old agenda keep who added them.
      const before = new Map(meeting.agenda.map((item) => [item.text, item]));
      meeting.agenda = dto.agenda.map((text) => before.get(text) ?? staffItem(actor, text));
    }
    await this.em.flush();
    return meetingView(meeting, actor);
  }

  /** Staff, or a representative of a teaching group of the forum's school. */
  async addAgendaItem(actor: Actor, id: string, payload: unknown): Promise<MeetingView> {
    const dto = await validateDto(AddAgendaItemDto, payload);
    const meeting = await this.findMeeting(actor, this.em, id);
    let role: AgendaItem['addedBy']['role'] = 'staff';
    if (!hasRole(actor, 'partnership_staff', 'admin')) {
      const groups = await this.representation.groupsRepresentedBy(this.em, actor.sub);
      if (!groups.some((group) => group.school === meeting.school)) throw notARepOf(meeting.school);
      role = 'representative';
    }
    meeting.agenda = [...meeting.agenda, { text: dto.text, addedBy: { name: actor.name ?? null, role } }];
    await this.em.flush();
    return meetingView(meeting, actor);
  }

  /** Minutes are written after the meeting: writing them the first time records it as held. */
  async writeMinutes(actor: Actor, id: string, payload: unknown): Promise<MeetingView> {
    const dto = await validateDto(MinutesDto, payload);
    return this.em.transactional(async (em) => {
      const meeting = await this.findMeeting(actor, em, id);
      if (meeting.date > ukDate()) {
        throw new DomainError(
          ProgrammeError.MeetingInFuture,
          `This meeting is on ${meeting.date}: minutes can be written once it has been held`,
        );
      }
      const firstTime = !meeting.minutesWrittenAt;
      meeting.minutes = dto.text;
      meeting.minutesWrittenAt = new Date();
      if (firstTime) this.recordMeeting(em, ProgrammeEventType.MeetingHeld, meeting);
      await em.flush();
      return meetingView(meeting, actor);
    });
  }

  async publishMinutes(actor: Actor, id: string): Promise<MeetingView> {
    return this.em.transactional(async (em) => {
      const meeting = await this.findMeeting(actor, em, id);
      if (!meeting.minutes) {
        throw new DomainError(
          ProgrammeError.MinutesNotWritten,
          'This meeting has no minutes yet: write them (PUT …/minutes) before publishing',
        );
      }
      if (!meeting.minutesPublishedAt) {
        meeting.minutesPublishedAt = new Date();
        this.recordMeeting(em, ProgrammeEventType.MinutesPublished, meeting);
        await em.flush();
      }
      return meetingView(meeting, actor);
    });
  }

  private recordMeeting(
    em: EntityManager,
    type:
      | typeof ProgrammeEventType.MeetingScheduled
      | typeof ProgrammeEventType.MeetingHeld
      | typeof ProgrammeEventType.MinutesPublished,
    meeting: Meeting,
  ): void {
    this.outbox.record(em, {
      type,
      version: 1,
      aggregateId: meeting.id,
      payload: {
        id: meeting.id,
        forumId: meeting.forumId,
        school: meeting.school,
        date: meeting.date,
        ...(meeting.minutesPublishedAt ? { publishedAt: meeting.minutesPublishedAt.toISOString() } : {}),
      },
    });
  }

  private async findForum(actor: Actor, id: string): Promise<Forum> {
    const forum = isUuid(id) ? await this.em.findOne(Forum, { id }) : null;
    if (!forum) throw notFound('forum', id);
    return assertInSchoolScope(actor, 'forum', forum);
  }

  private async findMeeting(actor: Actor, em: EntityManager, id: string): Promise<Meeting> {
    const meeting = isUuid(id) ? await em.findOne(Meeting, { id }) : null;
    if (!meeting) throw notFound('meeting', id);
    return assertInSchoolScope(actor, 'meeting', meeting);
  }

  private async assertNameFree(school: string, name: string): Promise<void> {
    const existing = await this.em.findOne(Forum, { school, name });
    if (existing) throw nameTaken(existing.id);
  }

  private async flushUnique(school: string, name: string): Promise<void> {
    await flushOrDuplicate(this.em, async (fresh) =>
      nameTaken((await fresh.findOne(Forum, { school, name }))?.id ?? ''),
    );
  }
}

const staffItem = (actor: Actor, text: string): AgendaItem => ({
  text,
  addedBy: { name: actor.name ?? null, role: 'staff' },
});

const nameTaken = (existingId: string) =>
  duplicate('The school already has a forum of this name', 'name', existingId);

const notARepOf = (school: string) =>
  new DomainError(
    ProgrammeError.NotYourGroup,
    `Only partnership staff and the representatives of ${school}'s teaching groups can add agenda items`,
  );
