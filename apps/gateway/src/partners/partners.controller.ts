import {
  type Actor,
  CreatePartnerDto,
  ListPartnersQuery,
  type Page,
  PartnerDetailView,
  PartnerPattern,
  PartnerView,
  UpdatePartnerDto,
} from '@app/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiNoContent, ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('partners')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('partners')
export class PartnersController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Allow(PartnerPattern.Create)
  @ApiOperation({
    summary: 'Register a partner',
    description: 'A name, alias or company number already in the register gets 409 with `existingId`.',
  })
  @ApiReply(PartnerView, 'The partner', 201)
  @ApiResponse({ status: 400, description: 'A field is missing or not valid; `details` names it' })
  @ApiResponse({ status: 409, description: 'Already registered: `existingId` is the partner it matches' })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePartnerDto): Promise<PartnerView> {
    return this.services.call('partners', PartnerPattern.Create, actor, body);
  }

  @Get()
  @Allow(PartnerPattern.List)
  @ApiPagedReply(PartnerView, 'One page of partners')
  @ApiOperation({
    summary: 'List partners',
    description: '`q` searches names and aliases. Archived partners only with `archived=true`.',
  })
  list(@CurrentActor() actor: Actor, @Query() query: ListPartnersQuery): Promise<Page<PartnerView>> {
    return this.services.call('partners', PartnerPattern.List, actor, query);
  }

  @Get(':id')
  @Allow(PartnerPattern.Get)
  @ApiOperation({ summary: 'A partner with its contacts, goals, agreements, members and tier history' })
  @ApiReply(PartnerDetailView, 'The partner')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PartnerDetailView> {
    return this.services.call('partners', PartnerPattern.Get, actor, { partnerId: id });
  }

  @Patch(':id')
  @Allow(PartnerPattern.Update)
  @ApiOperation({
    summary: 'Change a partner',
    description: 'Send the `version` you read (stale → 409). A tier change needs `tierChangeReason`.',
  })
  @ApiReply(PartnerView, 'The changed partner')
  @ApiResponse({
    status: 409,
    description: "Stale version, or the new name/alias/company number is another partner's",
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdatePartnerDto,
  ): Promise<PartnerView> {
    return this.services.call('partners', PartnerPattern.Update, actor, { partnerId: id, body });
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow(PartnerPattern.Archive)
  @ApiOperation({
    summary: 'Archive a partner',
    description: 'It still answers GET with `archivedAt`, leaves lists, and no new activity can name it.',
  })
  @ApiNoContent('Archived (or it already was)')
  async archive(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.services.call('partners', PartnerPattern.Archive, actor, { partnerId: id });
  }
}
