import {
  type Actor,
  CharterPattern,
  CreateCharterDto,
  EVERYONE,
  ListChartersQuery,
  PROGRAMME_WRITERS,
  UpdateCharterDto,
} from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { EmptyBody } from '../http/empty-body';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/charters')
export class ChartersController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: 'Draft a charter (the partnership agreement) for an academic year' })
  @ApiResponse({ status: 201, description: 'The draft charter' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCharterDto) {
    return this.services.call('programmes', CharterPattern.Create, actor, body);
  }

  @Get()
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'Charters, newest year first (drafts for partnership staff and leadership only)' })
  list(@CurrentActor() actor: Actor, @Query() query: ListChartersQuery) {
    return this.services.call('programmes', CharterPattern.List, actor, query);
  }

  @Get('current')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'The newest published charter, for everyone signed in' })
  @ApiResponse({ status: 404, description: 'Nothing published yet' })
  current(@CurrentActor() actor: Actor) {
    return this.services.call('programmes', CharterPattern.Current, actor, {});
  }

  @Get(':id')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'One charter (a draft is 404 to anyone who may not see drafts)' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.services.call('programmes', CharterPattern.Get, actor, { charterId: id });
  }

  @Patch(':id')
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: 'Edit a draft charter (a published one is 409: draft a new version)' })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateCharterDto) {
    return this.services.call('programmes', CharterPattern.Update, actor, { charterId: id, body });
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({
    summary: 'Publish: it becomes the current charter',
    description: 'A charter published earlier for the same institution and year becomes `superseded`.',
  })
  publish(@CurrentActor() actor: Actor, @Param('id') id: string, @EmptyBody() _body: undefined) {
    return this.services.call('programmes', CharterPattern.Publish, actor, { charterId: id });
  }
}
