import {
  type Actor,
  CharterPattern,
  CharterView,
  CreateCharterDto,
  ListChartersQuery,
  type Page,
  UpdateCharterDto,
} from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { EmptyBody } from '../http/empty-body';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/charters')
export class ChartersController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Allow(CharterPattern.Create)
  @ApiOperation({ summary: 'Draft a charter (the partnership agreement) for an academic year' })
  @ApiReply(CharterView, 'The draft charter', 201)
  create(@CurrentActor() actor: Actor, @Body() body: CreateCharterDto): Promise<CharterView> {
    return this.services.call('programmes', CharterPattern.Create, actor, body);
  }

  @Get()
  @Allow(CharterPattern.List)
  @ApiOperation({ summary: 'Charters, newest year first (drafts for partnership staff and leadership only)' })
  @ApiPagedReply(CharterView, 'A page of charters')
  list(@CurrentActor() actor: Actor, @Query() query: ListChartersQuery): Promise<Page<CharterView>> {
    return this.services.call('programmes', CharterPattern.List, actor, query);
  }

  @Get('current')
  @Allow(CharterPattern.Current)
  @ApiOperation({ summary: 'The newest published charter, for everyone signed in' })
  @ApiResponse({ status: 404, description: 'Nothing published yet' })
  @ApiReply(CharterView, 'The current charter')
  current(@CurrentActor() actor: Actor): Promise<CharterView> {
    return this.services.call('programmes', CharterPattern.Current, actor, {});
  }

  @Get(':id')
  @Allow(CharterPattern.Get)
  @ApiOperation({ summary: 'One charter (a draft is 404 to anyone who may not see drafts)' })
  @ApiReply(CharterView, 'The charter')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CharterView> {
    return this.services.call('programmes', CharterPattern.Get, actor, { charterId: id });
  }

  @Patch(':id')
  @Allow(CharterPattern.Update)
  @ApiOperation({ summary: 'Edit a draft charter (a published one is 409: draft a new version)' })
  @ApiReply(CharterView, 'The charter, changed')
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateCharterDto,
  ): Promise<CharterView> {
    return this.services.call('programmes', CharterPattern.Update, actor, { charterId: id, body });
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Allow(CharterPattern.Publish)
  @ApiOperation({
    summary: 'Publish: it becomes the current charter',
    description: 'A charter published earlier for the same institution and year becomes `superseded`.',
  })
  @ApiReply(CharterView, 'The charter, `status: published`')
  publish(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @EmptyBody() _body: undefined,
  ): Promise<CharterView> {
    return this.services.call('programmes', CharterPattern.Publish, actor, { charterId: id });
  }
}
