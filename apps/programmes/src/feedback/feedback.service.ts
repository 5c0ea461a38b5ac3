import {
  type Actor,
  CloseFeedbackDto,
  CommonError,
  DomainError,
  EscalateFeedbackDto,
  type FeedbackChange,
  feedbackEvent,
  FeedbackResponseDto,
  type FeedbackView,
  isPseudonymous,
  ListFeedbackQuery,
  NEXT_FEEDBACK_LEVEL,
  type Page,
  pageWindow,
  ProgrammeError,
  ProgrammeEventType,
  pseudonymKey,
  responseDueBy,
  runsProgrammes,
  staffSchoolScope,
  SubmitFeedbackDto,
  ukDate,
  validateDto,
  YouSaidWeDidQuery,
  type YouSaidWeDidView,
} from '@app/contracts';
import { Outbox } from '@app/messaging';
import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isUuid, notFound } from '../common/programme-errors';
import { listSchool } from '../common/school-scope';
import { RepresentationService } from '../representation/representation.service';
import { TeachingGroup } from '../representation/teaching-group.entity';
import { Feedback } from './feedback.entity';
import { FeedbackSettings } from './feedback-settings';
import { isMine, mayEscalate, responderRole, type Standing } from './feedback-standing';
import { feedbackView, youSaidWeDidView } from './feedback.view';

@Injectable()
export class FeedbackService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly settings: FeedbackSettings,
    private readonly representation: RepresentationService,
  ) {}

  /** A student's feedback: to their course rep first, or to a service's desk when it is about a service. */
  async submit(actor: Actor, payload: unknown): Promise<FeedbackView> {
    const dto = await validateDto(SubmitFeedbackDto, payload);
    const anonymous = dto.anonymous ?? false;
    const authorKey = pseudonymKey(actor);
    if (anonymous !== (authorKey !== null)) throw actorMismatch(anonymous);
    if (dto.teachingGroupId) await this.assertGroupOfSchool(dto.teachingGroupId, dto.school);
    const now = new Date();
    const feedback = this.em.create(Feedback, {
      school: dto.school,
      teachingGroupId: dto.teachingGroupId ?? null,
      subject: dto.subject,
      body: dto.body,
      expectation: dto.expectation ?? null,
      service: dto.service ?? null,
      anonymous,
      authorId: anonymous ? null : actor.sub,
      authorName: anonymous ? null : (actor.name ?? null),
      authorKey,
      level: dto.service ? 'service_desk' : 'course_rep',
      status: 'open',
      dueBy: responseDueBy(now, this.settings.workingDays, this.settings.holidays),
      responses: [],
      escalations: [],
      createdAt: now,
      updatedAt: now,
    });
    this.record(this.em, { type: ProgrammeEventType.FeedbackOpened, extra: {} }, feedback, now);
    await this.em.flush();
    return feedbackView(feedback, await this.standing(actor));
  }

  async list(actor: Actor, payload: unknown): Promise<Page<FeedbackView>> {
    const query = await validateDto(ListFeedbackQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const standing = await this.standing(actor);
    const where: FilterQuery<Feedback> = {};
    if (!standing.staff) {
      where.$or = [
        standing.authorKey !== null
          ? { anonymous: true, authorKey: standing.authorKey }
          : { anonymous: false, authorId: standing.authorId },
        ...(standing.groups.size ? [{ teachingGroupId: { $in: [...standing.groups] } }] : []),
      ];
    }
    const school = listSchool(actor, query.school);
    if (school === false) return { items: [], total: 0, page, limit };
    if (school) where.school = school;
    if (query.status) where.status = query.status;
    if (query.level) where.level = query.level;
    if (query.overdue === true)
      Object.assign(where, { firstResponseAt: null, status: { $ne: 'closed' }, dueBy: { $lt: ukDate() } });
    if (query.overdue === false)
      where.$and = [
        { $or: [{ firstResponseAt: { $ne: null } }, { status: 'closed' }, { dueBy: { $gte: ukDate() } }] },
      ];
    const [rows, total] = await this.em.findAndCount(Feedback, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit,
      offset,
    });
    return {
      items: rows.map((row) => feedbackView(row, standing)),
      total,
      page,
      limit,
    };
  }

  async get(actor: Actor, id: string): Promise<FeedbackView> {
    const standing = await this.standing(actor);
    const feedback = await this.findVisible(this.em, standing, id);
    return feedbackView(feedback, standing);
  }

  /** Asked on nobody's behalf, so the gateway knows whether to act for the caller under a pseudonym. */
  async anonymity(id: string): Promise<{ anonymous: boolean }> {
    const feedback = isUuid(id) ? await this.em.findOne(Feedback, { id }) : null;
    return { anonymous: feedback?.anonymous ?? false };
  }

  /** Partnership staff, or the representative of the feedback's teaching group. */
  async respond(actor: Actor, id: string, payload: unknown): Promise<FeedbackView> {
    const dto = await validateDto(FeedbackResponseDto, payload);
    return this.change(actor, id, (feedback, standing, now) => {
      const role = responderRole(feedback, standing);
      if (!role) throw notYours('respond to');
      const first = !feedback.firstResponseAt;
      feedback.responses = [
        ...feedback.responses,
        { body: dto.body, by: { name: actor.name ?? null, role }, at: now.toISOString() },
      ];
      feedback.firstResponseAt ??= now;
      // Escalated feedback stays escalated when answered at its new level (open → responded → escalated → closed).
      if (feedback.status !== 'escalated') feedback.status = 'responded';
      return { type: ProgrammeEventType.FeedbackResponded, extra: { firstResponse: first } };
    });
  }

  /** Partnership staff, the group's representative, or the author: one level up, with a reason. */
  async escalate(actor: Actor, id: string, payload: unknown): Promise<FeedbackView> {
    const dto = await validateDto(EscalateFeedbackDto, payload);
    return this.change(actor, id, (feedback, standing, now) => {
      if (!mayEscalate(feedback, standing)) throw notYours('escalate');
      const role = responderRole(feedback, standing);
      const next = NEXT_FEEDBACK_LEVEL[feedback.level];
      if (!next) {
        throw new DomainError(
          ProgrammeError.EscalationExhausted,
          `This feedback is already with the ${feedback.level.replace('_', ' ')}: it cannot be escalated further`,
        );
      }
      const from = feedback.level;
      feedback.escalations = [
        ...feedback.escalations,
        {
          from,
          to: next,
          reason: dto.reason,
          by: role ? { name: actor.name ?? null, role } : { name: null, role: 'author' },
          at: now.toISOString(),
        },
      ];
      feedback.level = next;
      feedback.status = 'escalated';
      return { type: ProgrammeEventType.FeedbackEscalated, extra: { fromLevel: from } };
    });
  }

  /** Partnership staff close it with what was done; it then appears under "you said, we did". */
  async close(actor: Actor, id: string, payload: unknown): Promise<FeedbackView> {
    const dto = await validateDto(CloseFeedbackDto, payload);
    return this.change(actor, id, (feedback, standing, now) => {
      if (!standing.staff) throw notYours('close');
      feedback.outcome = dto.outcome;
      feedback.closedAt = now;
      feedback.status = 'closed';
      return { type: ProgrammeEventType.FeedbackClosed, extra: {} };
    });
  }

  async youSaidWeDid(payload: unknown): Promise<Page<YouSaidWeDidView>> {
    const query = await validateDto(YouSaidWeDidQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const where: FilterQuery<Feedback> = { status: 'closed', outcome: { $ne: null } };
    if (query.school) where.school = query.school;
    const [rows, total] = await this.em.findAndCount(Feedback, where, {
      orderBy: { closedAt: 'desc', id: 'asc' },
      limit,
      offset,
    });
    return { items: rows.map(youSaidWeDidView), total, page, limit };
  }

  private async change(
    actor: Actor,
    id: string,
    apply: (feedback: Feedback, standing: Standing, now: Date) => FeedbackChange,
  ): Promise<FeedbackView> {
    const standing = await this.standing(actor);
    return this.em.transactional(async (em) => {
      const feedback = await this.findVisible(em, standing, id);
      if (feedback.status === 'closed') {
        throw new DomainError(
          ProgrammeError.FeedbackClosed,
          'This feedback is closed: it can no longer change',
        );
      }
      const now = new Date();
      this.record(em, apply(feedback, standing, now), feedback, now);
      await em.flush();
      return feedbackView(feedback, standing);
    });
  }

  /**
   * Never with the author: reporting needs timings and levels only. Nor, for anonymous feedback,
   * with the request id, which would join the event to the gateway's line for the author's request.
   */
  private record(em: EntityManager, change: FeedbackChange, feedback: Feedback, at: Date) {
    const facts = {
      id: feedback.id,
      school: feedback.school,
      level: feedback.level,
      openedAt: feedback.createdAt.toISOString(),
      dueBy: feedback.dueBy,
      at: at.toISOString(),
    };
    const event = this.outbox.record(em, feedbackEvent(facts, change));
    if (feedback.anonymous) event.requestId = null;
  }

  private async standing(actor: Actor): Promise<Standing> {
    if (isPseudonymous(actor))
      return { staff: false, authorId: null, authorKey: pseudonymKey(actor), groups: new Set() };
    const staff = runsProgrammes(actor);
    const groups =
      !staff && actor.roles.includes('student_rep')
        ? await this.representation.groupsRepresentedBy(this.em, actor.sub)
        : [];
    return {
      staff,
      school: staff ? staffSchoolScope(actor) : undefined,
      authorId: actor.sub,
      authorKey: null,
      groups: new Set(groups.map((group) => group.id)),
    };
  }

  /** A student sees their own feedback; a representative also their groups'; anything else is 404. */
  private async findVisible(em: EntityManager, standing: Standing, id: string): Promise<Feedback> {
    const feedback = isUuid(id) ? await em.findOne(Feedback, { id }) : null;
    const visible =
      feedback &&
      ((standing.staff && (standing.school === undefined || feedback.school === standing.school)) ||
        isMine(feedback, standing) ||
        (feedback.teachingGroupId !== null &&
          feedback.teachingGroupId !== undefined &&
          standing.groups.has(feedback.teachingGroupId)));
    if (!visible) throw notFound('feedback', id);
    return feedback;
  }

  private async assertGroupOfSchool(teachingGroupId: string, school: string): Promise<void> {
    const group = await this.em.findOne(TeachingGroup, { id: teachingGroupId });
    if (!group || group.school !== school) {
      throw new DomainError(
        ProgrammeError.UnknownTeachingGroup,
        group
          ? `That teaching group belongs to ${group.school}, not ${school}`
          : 'No teaching group with that id',
        [
          {
            field: 'teachingGroupId',
            problem: group ? `must be a teaching group of ${school}` : 'names no teaching group',
          },
        ],
      );
    }
  }
}

const actorMismatch = (anonymous: boolean) =>
  new DomainError(
    CommonError.Validation,
    anonymous
      ? 'Anonymous feedback must arrive under the pseudonym the gateway gives its author'
      : "Named feedback must arrive under its author's identity",
    [{ field: 'anonymous', problem: 'does not match who is submitting' }],
  );

const notYours = (what: string) =>
  new DomainError(
    ProgrammeError.NotYourGroup,
    `Only partnership staff${what === 'close' ? '' : " and the feedback's course representative"} can ${what} this feedback${what === 'escalate' ? ' (or its author)' : ''}`,
  );
