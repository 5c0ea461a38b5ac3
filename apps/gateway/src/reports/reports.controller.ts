import {
  type Actor,
  HebciCellQuery,
  HebciQuery,
  OverviewQuery,
  type ReportFile,
  ReportPattern,
  type Role,
} from '@app/contracts';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ServiceClients } from '../rpc/service-clients';

/** Leadership, the office and admin see every faculty; faculty users their own. */
const REPORT_READERS: Role[] = ['leadership', 'commercialisation', 'admin', 'faculty'];

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
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Activities and income by type, faculty and academic year; partners by tier' })
  async overview(
    @CurrentActor() actor: Actor,
    @Query() query: OverviewQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return send(reply, await this.services.call('reporting', ReportPattern.Overview, actor, query));
  }

  @Get('hebci')
  @Roles(...REPORT_READERS)
  @ApiProduces('application/json', 'text/csv')
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
    return send(reply, await this.services.call('reporting', ReportPattern.Hebci, actor, query));
  }

  @Get('hebci/cells/:cellId/activities')
  @Roles(...REPORT_READERS)
  @ApiProduces('application/json', 'text/csv')
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
      await this.services.call('reporting', ReportPattern.HebciCell, actor, { cellId, query }),
    );
  }

  @Get('freshness')
  @Roles(...REPORT_READERS, 'partnership_staff')
  @ApiOperation({ summary: 'How far behind each source the reports are' })
  freshness(@CurrentActor() actor: Actor) {
    return this.services.call('reporting', ReportPattern.Freshness, actor, {});
  }
}

function send(reply: FastifyReply, answer: unknown): unknown {
  if (!isFile(answer)) return answer;
  void reply.header('content-type', answer.file.contentType);
  void reply.header('content-disposition', `attachment; filename="${answer.file.name}"`);
  return answer.file.body;
}
