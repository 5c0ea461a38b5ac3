import {
  type Actor,
  CreateProjectDto,
  ListProjectsQuery,
  type Page,
  pageWindow,
  ProgrammeEventType,
  ProjectReviewDto,
  type ProjectReviewView,
  type ProjectStatus,
  type ProjectView,
  REVIEW_STATUS,
  UpdateProjectDto,
  validateDto,
} from '@app/contracts';
import { assertVersion } from '@app/database';
import { Outbox } from '@app/messaging';
import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { actorRef } from '../common/actor-ref';
import { changesOf, isUuid, notFound, refuseCleared } from '../common/programme-errors';
import { Project, ProjectReview } from './project.entity';

const reviewView = (review: ProjectReview): ProjectReviewView => ({
  id: review.id,
  date: review.date,
  summary: review.summary,
  outcome: review.outcome,
  statusBefore: review.statusBefore,
  reviewedBy: review.reviewedBy.name,
  recordedAt: review.createdAt.toISOString(),
});

const projectView = (project: Project, reviews: ProjectReview[]): ProjectView => ({
  id: project.id,
  title: project.title,
  priority: project.priority,
  description: project.description ?? null,
  objectives: project.objectives,
  academicYear: project.academicYear,
  leads: project.leads,
  status: project.status,
  reviews: reviews.map(reviewView),
  createdAt: project.createdAt.toISOString(),
  updatedAt: project.updatedAt.toISOString(),
  version: project.version,
});

/** Priority partnership projects and their annual review by the partnership working group. */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async create(payload: unknown): Promise<ProjectView> {
    const dto = await validateDto(CreateProjectDto, payload);
    const project = this.em.create(Project, {
      ...dto,
      description: dto.description ?? null,
      objectives: dto.objectives ?? [],
      leads: dto.leads ?? [],
      status: dto.status ?? 'proposed',
    });
    this.recordStatus(this.em, project, null);
    await this.em.flush();
    return projectView(project, []);
  }

  async list(payload: unknown): Promise<Page<ProjectView>> {
    const query = await validateDto(ListProjectsQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const where: FilterQuery<Project> = {};
    if (query.priority) where.priority = query.priority;
    if (query.status) where.status = query.status;
    if (query.academicYear) where.academicYear = query.academicYear;
    const [rows, total] = await this.em.findAndCount(Project, where, {
      orderBy: { academicYear: 'desc', title: 'asc' },
      limit,
      offset,
    });
    const reviews = rows.length
      ? await this.em.find(
          ProjectReview,
          { projectId: { $in: rows.map((row) => row.id) } },
          { orderBy: { date: 'asc' } },
        )
      : [];
    return {
      items: rows.map((row) =>
        projectView(
          row,
          reviews.filter((review) => review.projectId === row.id),
        ),
      ),
      total,
      page,
      limit,
    };
  }

  async get(id: string): Promise<ProjectView> {
    const project = await this.find(this.em, id);
    return projectView(project, await this.reviewsOf(this.em, id));
  }

  async update(id: string, payload: unknown): Promise<ProjectView> {
    const dto = await validateDto(UpdateProjectDto, payload);
    refuseCleared(dto, ['title', 'priority', 'academicYear', 'status']);
    return this.em.transactional(async (em) => {
      const project = await this.find(em, id);
      assertVersion(project, dto.version, 'This project');
      const before = project.status;
      const { objectives, leads, ...changes } = changesOf(dto);
      em.assign(project, changes);
      if (objectives !== undefined) project.objectives = objectives ?? [];
      if (leads !== undefined) project.leads = leads ?? [];
      if (project.status !== before) this.recordStatus(em, project, before);
      await em.flush();
      return projectView(project, await this.reviewsOf(em, id));
    });
  }

  /** The working group decides: continue (active), complete (completed) or stop (dropped). */
  async review(actor: Actor, id: string, payload: unknown): Promise<ProjectView> {
    const dto = await validateDto(ProjectReviewDto, payload);
    return this.em.transactional(async (em) => {
      const project = await this.find(em, id);
      const before = project.status;
      em.create(ProjectReview, { projectId: id, ...dto, statusBefore: before, reviewedBy: actorRef(actor) });
      project.status = REVIEW_STATUS[dto.outcome];
      if (project.status !== before) this.recordStatus(em, project, before);
      await em.flush();
      return projectView(project, await this.reviewsOf(em, id));
    });
  }

  private recordStatus(em: EntityManager, project: Project, from: ProjectStatus | null): void {
    this.outbox.record(em, {
      type: ProgrammeEventType.ProjectStatusChanged,
      version: 1,
      aggregateId: project.id,
      payload: {
        id: project.id,
        priority: project.priority,
        academicYear: project.academicYear,
        from,
        status: project.status,
      },
    });
  }

  private reviewsOf(em: EntityManager, id: string): Promise<ProjectReview[]> {
    return em.find(ProjectReview, { projectId: id }, { orderBy: { date: 'asc', createdAt: 'asc' } });
  }

  private async find(em: EntityManager, id: string): Promise<Project> {
    const project = isUuid(id) ? await em.findOne(Project, { id }) : null;
    if (!project) throw notFound('project', id);
    return project;
  }
}
