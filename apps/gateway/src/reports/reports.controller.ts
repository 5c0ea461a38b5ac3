import {
  type Actor,
  CandidatesQuery,
  EngagementQuery,
  FreshnessQuery,
  HebciCellQuery,
  HebciQuery,
  OverviewQuery,
  PageQuery,
  type ReportFile,
  ReportPattern,
  type Role,
  SnapshotQuery,
  StudentPartnershipQuery,
} from '@app/contracts';
import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { EmptyBody } from '../http/empty-body';
import { ServiceClients } from '../rpc/service-clients';

/** Leadership, the office and admin see every faculty; faculty users their own. */
const REPORT_READERS: Role[] = ['leadership', 'commercialisation', 'admin', 'faculty'];
/** Reports of the whole university, never narrowed to a faculty. */
const UNIVERSITY_READERS: Role[] = ['leadership', 'commercialisation', 'admin'];
const DOWNLOADS = [
  'application/json',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

const isFile = (answer: unknown): answer is ReportFile =>
  typeof answer === 'object' && answer !== null && 'file' in answer;

@ApiTags('reports')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly services: ServiceClients) {}

  @Get('overview')
  @Roles(...REPORT_READERS)
  @ApiProduces(...DOWNLOADS)
  @ApiOperation({ summary: 'Activities and income by type, faculty and academic year; partners by tier' })
  async overview(
    @CurrentActor() actor: Actor,
    @Query() query: OverviewQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return send(reply, await this.services.callUntyped('reporting', ReportPattern.Overview, actor, query));
  }

  @Get('hebci')
  @Roles(...REPORT_READERS)
  @ApiProduces(...DOWNLOADS)
  @ApiOperation({
    summary: 'The HE-BCI draft return of an academic year',
    description:
      'Income (£000s, rounded to the nearest thousand from exact pounds) and numbers of activities per line and SME / non-SME commercial / non-commercial column; activities outside the return counted by reason.',
  })
  async hebci(
    @CurrentActor() actor: Actor,
    @Query() query: HebciQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return send(reply, await this.services.callUntyped('reporting', ReportPattern.Hebci, actor, query));
  }

  @Get('hebci/cells/:cellId/activities')
  @Roles(...REPORT_READERS)
  @ApiProduces(...DOWNLOADS)
  @ApiOperation({
    summary: 'The activities behind one HE-BCI cell (`line.column`, or `excluded` with reasons)',
  })
  async hebciCell(
    @CurrentActor() actor: Actor,
    @Param('cellId') cellId: string,
    @Query() query: HebciCellQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return send(
      reply,
      await this.services.callUntyped('reporting', ReportPattern.HebciCell, actor, { cellId, query }),
    );
  }

  @Get('hebci/excluded')
  @Roles(...REPORT_READERS)
  @ApiProduces(...DOWNLOADS)
  @ApiOperation({ summary: 'The activities of the year outside the HE-BCI return, each with its reason' })
  async hebciExcluded(
    @CurrentActor() actor: Actor,
    @Query() query: HebciCellQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return send(reply, await this.services.callUntyped('reporting', ReportPattern.HebciExcluded, actor, query));
  }

  @Get('strategic-candidates')
  @Roles(...UNIVERSITY_READERS)
  @ApiProduces(...DOWNLOADS)
  @ApiOperation({
    summary: 'Every partner scored on breadth, reach, value, recency and agreement, with a tier suggestion',
    description:
      'Best score first. Each component shows its points, weight and working; `suggestedTier` is set (with `reasons`) when engagement looks like a higher tier than the partner holds. Weights: REPORTING_SCORE_WEIGHTS (docs/reporting.md).',
  })
  async candidates(
    @CurrentActor() actor: Actor,
    @Query() query: CandidatesQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return send(reply, await this.services.callUntyped('reporting', ReportPattern.Candidates, actor, query));
  }

  @Get('partners/:id/engagement')
  @Roles(...REPORT_READERS)
  @ApiProduces(...DOWNLOADS)
  @ApiOperation({
    summary: "One partner's activity timeline, figures by year, agreements in place and score",
  })
  async engagement(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: EngagementQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return send(reply, await this.services.callUntyped('reporting', ReportPattern.Engagement, actor, { id, query }));
  }

  @Get('student-partnership')
  @Roles(...UNIVERSITY_READERS, 'partnership_staff')
  @ApiProduces(...DOWNLOADS)
  @ApiOperation({
    summary:
      'Representative coverage, forum meetings and minutes, feedback, involvements, projects and nominations',
  })
  async studentPartnership(
    @CurrentActor() actor: Actor,
    @Query() query: StudentPartnershipQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return send(reply, await this.services.callUntyped('reporting', ReportPattern.StudentPartnership, actor, query));
  }

  @Get('snapshots')
  @Roles(...UNIVERSITY_READERS)
  @ApiOperation({ summary: 'The monthly snapshots of the overview and HE-BCI figures, newest first' })
  snapshots(@CurrentActor() actor: Actor, @Query() query: PageQuery) {
    return this.services.callUntyped('reporting', ReportPattern.Snapshots, actor, query);
  }

  @Post('snapshots')
  @Roles('admin')
  @ApiOperation({
    summary: "Take this month's snapshot now (201), or return it if already taken (200)",
    description:
      'The reporting service takes it on its own each month (SNAPSHOT_DAY_OF_MONTH, 02:00 UK time).',
  })
  async takeSnapshot(
    @CurrentActor() actor: Actor,
    @EmptyBody() _body: undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const taken = await this.services.callUntyped<{ created: boolean; snapshot: unknown }>(
      'reporting',
      ReportPattern.TakeSnapshot,
      actor,
      {},
    );
    void reply.status(taken.created ? 201 : 200);
    return taken.snapshot;
  }

  @Get('snapshots/:id')
  @Roles(...UNIVERSITY_READERS)
  @ApiProduces(...DOWNLOADS)
  @ApiOperation({ summary: 'One snapshot: its overview and HE-BCI figures, or a CSV / XLSX download' })
  async snapshot(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: SnapshotQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return send(reply, await this.services.callUntyped('reporting', ReportPattern.Snapshot, actor, { id, query }));
  }

  @Get('freshness')
  @Roles(...REPORT_READERS, 'partnership_staff')
  @ApiProduces(...DOWNLOADS)
  @ApiOperation({ summary: 'How far behind each source the reports are' })
  async freshness(
    @CurrentActor() actor: Actor,
    @Query() query: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return send(reply, await this.services.callUntyped('reporting', ReportPattern.Freshness, actor, query));
  }
}

function send(reply: FastifyReply, answer: unknown): unknown {
  if (!isFile(answer)) return answer;
  void reply.header('content-type', answer.file.contentType);
  void reply.header('content-disposition', `attachment; filename="${answer.file.name}"`);
  return answer.file.encoding === 'base64' ? Buffer.from(answer.file.body, 'base64') : answer.file.body;
}
