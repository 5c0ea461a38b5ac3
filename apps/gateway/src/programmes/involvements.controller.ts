import {
  type Actor,
  CreateInvolvementDto,
  InvolvementPattern,
  InvolvementView,
  ListInvolvementsQuery,
  type Page,
  UpdateInvolvementDto,
} from '@app/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiNoContent, ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/involvements')
export class InvolvementsController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Allow(InvolvementPattern.Create)
  @ApiOperation({
    summary: 'Record students taking part beyond the forums',
    description:
      'Committees, staff and student recruitment, focus groups, internships, consultations on teaching spaces, curriculum reviews, programme meetings, workshops, induction.',
  })
  @ApiReply(InvolvementView, 'The involvement', 201)
  create(@CurrentActor() actor: Actor, @Body() body: CreateInvolvementDto): Promise<InvolvementView> {
    return this.services.call('programmes', InvolvementPattern.Create, actor, body);
  }

  @Get()
  @Allow(InvolvementPattern.List)
  @ApiOperation({ summary: 'Involvements, newest first, by kind, school and date' })
  @ApiPagedReply(InvolvementView, 'A page of involvements')
  list(@CurrentActor() actor: Actor, @Query() query: ListInvolvementsQuery): Promise<Page<InvolvementView>> {
    return this.services.call('programmes', InvolvementPattern.List, actor, query);
  }

  @Get(':id')
  @Allow(InvolvementPattern.Get)
  @ApiOperation({ summary: 'One involvement' })
  @ApiReply(InvolvementView, 'The involvement')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<InvolvementView> {
    return this.services.call('programmes', InvolvementPattern.Get, actor, { involvementId: id });
  }

  @Patch(':id')
  @Allow(InvolvementPattern.Update)
  @ApiOperation({ summary: 'Change an involvement (send the version you read)' })
  @ApiReply(InvolvementView, 'The involvement, changed')
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateInvolvementDto,
  ): Promise<InvolvementView> {
    return this.services.call('programmes', InvolvementPattern.Update, actor, { involvementId: id, body });
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow(InvolvementPattern.Delete)
  @ApiOperation({ summary: 'Remove an involvement recorded by mistake' })
  @ApiNoContent('Removed')
  async remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.services.call('programmes', InvolvementPattern.Delete, actor, { involvementId: id });
  }
}
