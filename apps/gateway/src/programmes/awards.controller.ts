import {
  type Actor,
  AwardPattern,
  CreateAwardCycleDto,
  EVERYONE,
  ListNominationsQuery,
  NominationDecisionDto,
  NominationDto,
  PageQuery,
  PROGRAMME_READERS,
  PROGRAMME_WRITERS,
} from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/awards')
export class AwardsController {
  constructor(private readonly services: ServiceClients) {}

  @Post('cycles')
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: "Open a year's Partnership Awards: categories and closing date" })
  @ApiResponse({ status: 201, description: 'The cycle' })
  @ApiResponse({ status: 409, description: 'That year already has a cycle (`existingId`)' })
  createCycle(@CurrentActor() actor: Actor, @Body() body: CreateAwardCycleDto) {
    return this.services.call('programmes', AwardPattern.CreateCycle, actor, body);
  }

  @Get('cycles')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'Award cycles, newest first, each saying whether it is `open`' })
  listCycles(@CurrentActor() actor: Actor, @Query() query: PageQuery) {
    return this.services.call('programmes', AwardPattern.ListCycles, actor, query);
  }

  @Get('cycles/:id')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'One cycle' })
  getCycle(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.services.call('programmes', AwardPattern.GetCycle, actor, { cycleId: id });
  }

  @Post('cycles/:id/nominations')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'Nominate a student or member of staff while the cycle is open' })
  @ApiResponse({ status: 201, description: 'The nomination' })
  @ApiResponse({ status: 409, description: 'The cycle has closed' })
  nominate(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: NominationDto) {
    return this.services.call('programmes', AwardPattern.Nominate, actor, { cycleId: id, body });
  }

  @Get('cycles/:id/nominations')
  @Roles(...PROGRAMME_READERS)
  @ApiOperation({ summary: 'Nominations of a cycle, by category' })
  listNominations(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: ListNominationsQuery,
  ) {
    return this.services.call('programmes', AwardPattern.ListNominations, actor, { cycleId: id, query });
  }

  @Post('nominations/:id/decision')
  @HttpCode(200)
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: 'Shortlist a nomination, make it a winner, or not select it' })
  decide(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: NominationDecisionDto) {
    return this.services.call('programmes', AwardPattern.Decide, actor, { nominationId: id, body });
  }

  @Get('cycles/:id/winners')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'The winners of a cycle, for everyone' })
  winners(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.services.call('programmes', AwardPattern.Winners, actor, { cycleId: id });
  }
}
