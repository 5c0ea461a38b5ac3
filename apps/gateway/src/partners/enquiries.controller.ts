import {
  type Actor,
  CreateEnquiryDto,
  EnquiryPattern,
  ListEnquiriesQuery,
  type Role,
  TransitionEnquiryDto,
} from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ServiceClients } from '../rpc/service-clients';

const STAFF: Role[] = ['commercialisation', 'admin', 'faculty', 'leadership', 'partnership_staff'];

@ApiTags('partners')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('partners/enquiries')
export class EnquiriesController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Ask the commercialisation office to help develop a partnership' })
  @ApiResponse({ status: 201, description: 'The enquiry, `status: new`' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateEnquiryDto) {
    return this.services.callUntyped('partners', EnquiryPattern.Create, actor, body);
  }

  @Get()
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Enquiries: the office sees all, other staff the ones they raised' })
  @ApiResponse({ status: 200, description: '`{ items, total, page, limit }`' })
  list(@CurrentActor() actor: Actor, @Query() query: ListEnquiriesQuery) {
    return this.services.callUntyped('partners', EnquiryPattern.List, actor, query);
  }

  @Get(':id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'One enquiry with its history' })
  @ApiResponse({ status: 200, description: 'The enquiry' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.services.callUntyped('partners', EnquiryPattern.Get, actor, { enquiryId: id });
  }

  @Post(':id/transition')
  @HttpCode(200)
  @Roles('commercialisation', 'admin')
  @ApiOperation({
    summary: 'Move an enquiry: new → in_progress → converted | declined, with a note',
    description: 'Converting registers a `prospect` partner (or links the one the enquiry names or matches).',
  })
  @ApiResponse({ status: 200, description: 'The enquiry' })
  @ApiResponse({ status: 409, description: 'Not a move the enquiry can make from its status' })
  transition(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: TransitionEnquiryDto) {
    return this.services.callUntyped('partners', EnquiryPattern.Transition, actor, { enquiryId: id, body });
  }
}
