import {
  type Actor,
  AwardCycleView,
  AwardPattern,
  AwardWinnersView,
  CreateAwardCycleDto,
  ListNominationsQuery,
  NominationDecisionDto,
  NominationDto,
  NominationView,
  type Page,
  PageQuery,
} from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/awards')
export class AwardsController {
  constructor(private readonly services: ServiceClients) {}

  @Post('cycles')
  @Allow(AwardPattern.CreateCycle)
  @ApiOperation({ summary: "Open a year's Partnership Awards: categories and closing date" })
  @ApiResponse({ status: 409, description: 'That year already has a cycle (`existingId`)' })
  @ApiReply(AwardCycleView, 'The cycle', 201)
  createCycle(@CurrentActor() actor: Actor, @Body() body: CreateAwardCycleDto): Promise<AwardCycleView> {
    return this.services.call('programmes', AwardPattern.CreateCycle, actor, body);
  }

  @Get('cycles')
  @Allow(AwardPattern.ListCycles)
  @ApiOperation({ summary: 'Award cycles, newest first, each saying whether it is `open`' })
  @ApiPagedReply(AwardCycleView, 'A page of award cycles')
  listCycles(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<Page<AwardCycleView>> {
    return this.services.call('programmes', AwardPattern.ListCycles, actor, query);
  }

  @Get('cycles/:id')
  @Allow(AwardPattern.GetCycle)
  @ApiOperation({ summary: 'One cycle' })
  @ApiReply(AwardCycleView, 'The cycle')
  getCycle(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<AwardCycleView> {
    return this.services.call('programmes', AwardPattern.GetCycle, actor, { cycleId: id });
  }

  @Post('cycles/:id/nominations')
  @Allow(AwardPattern.Nominate)
  @ApiOperation({ summary: 'Nominate a student or member of staff while the cycle is open' })
  @ApiResponse({ status: 409, description: 'The cycle has closed' })
  @ApiReply(NominationView, 'The nomination', 201)
  nominate(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: NominationDto,
  ): Promise<NominationView> {
    return this.services.call('programmes', AwardPattern.Nominate, actor, { cycleId: id, body });
  }

  @Get('cycles/:id/nominations')
  @Allow(AwardPattern.ListNominations)
  @ApiOperation({ summary: 'Nominations of a cycle, by category' })
  @ApiPagedReply(NominationView, 'A page of nominations')
  listNominations(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: ListNominationsQuery,
  ): Promise<Page<NominationView>> {
    return this.services.call('programmes', AwardPattern.ListNominations, actor, { cycleId: id, query });
  }

  @Post('nominations/:id/decision')
  @HttpCode(200)
  @Allow(AwardPattern.Decide)
  @ApiOperation({ summary: 'Shortlist a nomination, make it a winner, or not select it' })
  @ApiReply(NominationView, 'The nomination with its decision')
  decide(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: NominationDecisionDto,
  ): Promise<NominationView> {
    return this.services.call('programmes', AwardPattern.Decide, actor, { nominationId: id, body });
  }

  @Get('cycles/:id/winners')
  @Allow(AwardPattern.Winners)
  @ApiOperation({ summary: 'The winners of a cycle, for everyone' })
  @ApiReply(AwardWinnersView, 'The winners')
  winners(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<AwardWinnersView> {
    return this.services.call('programmes', AwardPattern.Winners, actor, { cycleId: id });
  }
}
