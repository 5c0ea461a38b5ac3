import {
  type Actor,
  CreateEnquiryDto,
  EnquiryPattern,
  EnquiryView,
  ListEnquiriesQuery,
  type Page,
  TransitionEnquiryDto,
} from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('partners')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('partners/enquiries')
export class EnquiriesController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Allow(EnquiryPattern.Create)
  @ApiOperation({ summary: 'Ask the commercialisation office to help develop a partnership' })
  @ApiReply(EnquiryView, 'The enquiry, `status: new`', 201)
  create(@CurrentActor() actor: Actor, @Body() body: CreateEnquiryDto): Promise<EnquiryView> {
    return this.services.call('partners', EnquiryPattern.Create, actor, body);
  }

  @Get()
  @Allow(EnquiryPattern.List)
  @ApiOperation({ summary: 'Enquiries: the office sees all, other staff the ones they raised' })
  @ApiPagedReply(EnquiryView, 'One page of enquiries')
  list(@CurrentActor() actor: Actor, @Query() query: ListEnquiriesQuery): Promise<Page<EnquiryView>> {
    return this.services.call('partners', EnquiryPattern.List, actor, query);
  }

  @Get(':id')
  @Allow(EnquiryPattern.Get)
  @ApiOperation({ summary: 'One enquiry with its history' })
  @ApiReply(EnquiryView, 'The enquiry')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EnquiryView> {
    return this.services.call('partners', EnquiryPattern.Get, actor, { enquiryId: id });
  }

  @Post(':id/transition')
  @HttpCode(200)
  @Allow(EnquiryPattern.Transition)
  @ApiOperation({
    summary: 'Move an enquiry: new → in_progress → converted | declined, with a note',
    description: 'Converting registers a `prospect` partner (or links the one the enquiry names or matches).',
  })
  @ApiReply(EnquiryView, 'The enquiry')
  @ApiResponse({ status: 409, description: 'Not a move the enquiry can make from its status' })
  transition(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: TransitionEnquiryDto,
  ): Promise<EnquiryView> {
    return this.services.call('partners', EnquiryPattern.Transition, actor, { enquiryId: id, body });
  }
}
