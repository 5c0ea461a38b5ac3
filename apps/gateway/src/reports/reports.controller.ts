import {
  type Actor,
  CandidatesQuery,
  CandidatesView,
  EngagementQuery,
  FreshnessQuery,
  FreshnessView,
  HebciCellActivitiesView,
  HebciCellQuery,
  HebciQuery,
  HebciView,
  OverviewQuery,
  OverviewView,
  type Page,
  PageQuery,
  PartnerEngagementView,
  ReportPattern,
  SnapshotQuery,
  SnapshotSummaryView,
  SnapshotView,
  StudentPartnershipQuery,
  StudentPartnershipView,
} from '@app/contracts';
import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { EmptyBody } from '../http/empty-body';
import { ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { ServiceClients } from '../rpc/service-clients';
import { ApiReportReply, type ReportBody, send } from './report-replies';

@ApiTags('reports')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly services: ServiceClients) {}

  @Get('overview')
  @Allow(ReportPattern.Overview)
  @ApiReportReply(OverviewView, 'The overview')
  @ApiOperation({ summary: 'Activities and income by type, faculty and academic year; partners by tier' })
  async overview(
    @CurrentActor() actor: Actor,
    @Query() query: OverviewQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OverviewView | ReportBody> {
    return send(reply, await this.services.call('reporting', ReportPattern.Overview, actor, query));
  }

  @Get('hebci')
  @Allow(ReportPattern.Hebci)
  @ApiReportReply(HebciView, 'The draft return')
  @ApiOperation({
    summary: 'The HE-BCI draft return of an academic year',
    description:
      'Income (£000s, rounded to the nearest thousand from exact pounds) and numbers of activities per line and SME / non-SME commercial / non-commercial column; activities outside the return counted by reason.',
  })
  async hebci(
    @CurrentActor() actor: Actor,
    @Query() query: HebciQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HebciView | ReportBody> {
    return send(reply, await this.services.call('reporting', ReportPattern.Hebci, actor, query));
  }

  @Get('hebci/cells/:cellId/activities')
  @Allow(ReportPattern.HebciCell)
  @ApiReportReply(HebciCellActivitiesView, "A page of the cell's activities and the cell's totals")
  @ApiOperation({
    summary: 'The activities behind one HE-BCI cell (`line.column`, or `excluded` with reasons)',
  })
  async hebciCell(
    @CurrentActor() actor: Actor,
    @Param('cellId') cellId: string,
    @Query() query: HebciCellQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HebciCellActivitiesView | ReportBody> {
    return send(
      reply,
      await this.services.call('reporting', ReportPattern.HebciCell, actor, { cellId, query }),
    );
  }

  @Get('hebci/excluded')
  @Allow(ReportPattern.HebciExcluded)
  @ApiReportReply(HebciCellActivitiesView, 'A page of the excluded activities and their totals')
  @ApiOperation({ summary: 'The activities of the year outside the HE-BCI return, each with its reason' })
  async hebciExcluded(
    @CurrentActor() actor: Actor,
    @Query() query: HebciCellQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HebciCellActivitiesView | ReportBody> {
    return send(reply, await this.services.call('reporting', ReportPattern.HebciExcluded, actor, query));
  }

  @Get('strategic-candidates')
  @Allow(ReportPattern.Candidates)
  @ApiReportReply(CandidatesView, 'A page of scored partners, best first')
  @ApiOperation({
    summary: 'Every partner scored on breadth, reach, value, recency and agreement, with a tier suggestion',
    description:
      'Best score first. Each component shows its points, weight and working; `suggestedTier` is set (with `reasons`) when engagement looks like a higher tier than the partner holds. Weights: REPORTING_SCORE_WEIGHTS (docs/reporting.md).',
  })
  async candidates(
    @CurrentActor() actor: Actor,
    @Query() query: CandidatesQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CandidatesView | ReportBody> {
    return send(reply, await this.services.call('reporting', ReportPattern.Candidates, actor, query));
  }

  @Get('partners/:id/engagement')
  @Allow(ReportPattern.Engagement)
  @ApiReportReply(PartnerEngagementView, "The partner's engagement")
  @ApiOperation({
    summary: "One partner's activity timeline, figures by year, agreements in place and score",
  })
  async engagement(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: EngagementQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerEngagementView | ReportBody> {
    return send(reply, await this.services.call('reporting', ReportPattern.Engagement, actor, { id, query }));
  }

  @Get('student-partnership')
  @Allow(ReportPattern.StudentPartnership)
  @ApiReportReply(StudentPartnershipView, 'The student-partnership report')
  @ApiOperation({
    summary:
      'Representative coverage, forum meetings and minutes, feedback, involvements, projects and nominations',
  })
  async studentPartnership(
    @CurrentActor() actor: Actor,
    @Query() query: StudentPartnershipQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StudentPartnershipView | ReportBody> {
    return send(reply, await this.services.call('reporting', ReportPattern.StudentPartnership, actor, query));
  }

  @Get('snapshots')
  @Allow(ReportPattern.Snapshots)
  @ApiPagedReply(SnapshotSummaryView, 'A page of snapshots')
  @ApiOperation({ summary: 'The monthly snapshots of the overview and HE-BCI figures, newest first' })
  snapshots(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<Page<SnapshotSummaryView>> {
    return this.services.call('reporting', ReportPattern.Snapshots, actor, query);
  }

  @Post('snapshots')
  @Allow(ReportPattern.TakeSnapshot)
  @ApiReply(SnapshotSummaryView, 'Taken now', 201)
  @ApiReply(SnapshotSummaryView, 'Already taken this month')
  @ApiOperation({
    summary: "Take this month's snapshot now (201), or return it if already taken (200)",
    description:
      'The reporting service takes it on its own each month (SNAPSHOT_DAY_OF_MONTH, 02:00 UK time).',
  })
  async takeSnapshot(
    @CurrentActor() actor: Actor,
    @EmptyBody() _body: undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SnapshotSummaryView> {
    const taken = await this.services.call('reporting', ReportPattern.TakeSnapshot, actor, {});
    void reply.status(taken.created ? 201 : 200);
    return taken.snapshot;
  }

  @Get('snapshots/:id')
  @Allow(ReportPattern.Snapshot)
  @ApiReportReply(SnapshotView, 'The snapshot')
  @ApiOperation({ summary: 'One snapshot: its overview and HE-BCI figures, or a CSV / XLSX download' })
  async snapshot(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: SnapshotQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SnapshotView | ReportBody> {
    return send(reply, await this.services.call('reporting', ReportPattern.Snapshot, actor, { id, query }));
  }

  @Get('freshness')
  @Allow(ReportPattern.Freshness)
  @ApiReportReply(FreshnessView, 'Every source')
  @ApiOperation({ summary: 'How far behind each source the reports are' })
  async freshness(
    @CurrentActor() actor: Actor,
    @Query() query: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FreshnessView | ReportBody> {
    return send(reply, await this.services.call('reporting', ReportPattern.Freshness, actor, query));
  }
}
