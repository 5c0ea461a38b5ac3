import {
  type Actor,
  CreatePartnerDto,
  ListPartnersQuery,
  PARTNER_READERS,
  PARTNER_WRITERS,
  PartnerPattern,
  UpdatePartnerDto,
} from '@app/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('partners')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('partners')
export class PartnersController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Roles(...PARTNER_WRITERS)
  @ApiOperation({
    summary: 'Register a partner',
    description: 'A name, alias or company number already in the register gets 409 with `existingId`.',
  })
  @ApiResponse({ status: 201, description: 'The partner' })
  @ApiResponse({ status: 400, description: 'A field is missing or not valid; `details` names it' })
  @ApiResponse({ status: 409, description: 'Already registered: `existingId` is the partner it matches' })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePartnerDto) {
    return this.services.callUntyped('partners', PartnerPattern.Create, actor, body);
  }

  @Get()
  @Roles(...PARTNER_READERS)
  @ApiResponse({ status: 200, description: '`{ items, total, page, limit }`' })
  @ApiOperation({
    summary: 'List partners',
    description: '`q` searches names and aliases. Archived partners only with `archived=true`.',
  })
  list(@CurrentActor() actor: Actor, @Query() query: ListPartnersQuery) {
    return this.services.callUntyped('partners', PartnerPattern.List, actor, query);
  }

  @Get(':id')
  @Roles(...PARTNER_READERS)
  @ApiOperation({ summary: 'A partner with its contacts, goals, agreements, members and tier history' })
  @ApiResponse({ status: 200, description: 'The partner' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.services.callUntyped('partners', PartnerPattern.Get, actor, { partnerId: id });
  }

  @Patch(':id')
  @Roles(...PARTNER_WRITERS)
  @ApiOperation({
    summary: 'Change a partner',
    description: 'Send the `version` you read (stale → 409). A tier change needs `tierChangeReason`.',
  })
  @ApiResponse({ status: 200, description: 'The changed partner' })
  @ApiResponse({
    status: 409,
    description: "Stale version, or the new name/alias/company number is another partner's",
  })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdatePartnerDto) {
    return this.services.callUntyped('partners', PartnerPattern.Update, actor, { partnerId: id, body });
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...PARTNER_WRITERS)
  @ApiOperation({
    summary: 'Archive a partner',
    description: 'It still answers GET with `archivedAt`, leaves lists, and no new activity can name it.',
  })
  async archive(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.services.callUntyped('partners', PartnerPattern.Archive, actor, { partnerId: id });
  }
}
