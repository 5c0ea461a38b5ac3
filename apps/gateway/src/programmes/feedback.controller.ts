import {
  type Actor,
  CloseFeedbackDto,
  EscalateFeedbackDto,
  FeedbackPattern,
  FeedbackResponseDto,
  FeedbackView,
  ListFeedbackQuery,
  type Page,
  SubmitFeedbackDto,
  YouSaidWeDidQuery,
  YouSaidWeDidView,
} from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { ServiceClients } from '../rpc/service-clients';
import { FeedbackAuthors } from './feedback-authors';

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes')
export class FeedbackController {
  constructor(
    private readonly services: ServiceClients,
    private readonly authors: FeedbackAuthors,
  ) {}

  @Post('feedback')
  @Allow(FeedbackPattern.Submit)
  @ApiOperation({
    summary: 'Give feedback, optionally anonymously',
    description:
      "Goes to the course rep first (`level: course_rep`), or to the service's desk when `service` is named (`level: service_desk`). An anonymous author is never shown to anyone, admin included.",
  })
  @ApiReply(FeedbackView, 'The feedback, `status: open`, with its first-response deadline `dueBy`', 201)
  submit(@CurrentActor() actor: Actor, @Body() body: SubmitFeedbackDto): Promise<FeedbackView> {
    return this.authors.submit(actor, body);
  }

  @Get('feedback')
  @Allow(FeedbackPattern.List)
  @ApiOperation({
    summary: "Feedback: all of it for partnership staff; a student their own; a rep also their groups'",
    description:
      "`overdue=true` lists feedback still waiting for its first response past its deadline. A student's own anonymous and named feedback come in one list, newest first.",
  })
  @ApiPagedReply(FeedbackView, 'A page of feedback')
  list(@CurrentActor() actor: Actor, @Query() query: ListFeedbackQuery): Promise<Page<FeedbackView>> {
    return this.authors.list(actor, query);
  }

  @Get('feedback/:id')
  @Allow(FeedbackPattern.Get)
  @ApiOperation({ summary: 'One piece of feedback (404 to a student it does not belong to)' })
  @ApiReply(FeedbackView, 'The feedback')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<FeedbackView> {
    return this.authors.onItem(FeedbackPattern.Get, actor, { feedbackId: id });
  }

  @Post('feedback/:id/responses')
  @Allow(FeedbackPattern.Respond)
  @ApiOperation({ summary: "Respond (partnership staff, or the representative of the feedback's group)" })
  @ApiReply(FeedbackView, 'The feedback, `status: responded`', 201)
  respond(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: FeedbackResponseDto,
  ): Promise<FeedbackView> {
    return this.services.call('programmes', FeedbackPattern.Respond, actor, { feedbackId: id, body });
  }

  @Post('feedback/:id/escalate')
  @HttpCode(200)
  @Allow(FeedbackPattern.Escalate)
  @ApiOperation({
    summary: 'Escalate one level with a reason: course_rep → sspf → school_committee',
    description: "Partnership staff, the group's representative, or the author. Past the last level: 409.",
  })
  @ApiReply(FeedbackView, 'The feedback, one level up')
  escalate(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: EscalateFeedbackDto,
  ): Promise<FeedbackView> {
    return this.authors.onItem(FeedbackPattern.Escalate, actor, { feedbackId: id, body });
  }

  @Post('feedback/:id/close')
  @HttpCode(200)
  @Allow(FeedbackPattern.Close)
  @ApiOperation({ summary: 'Close with what was done: it then appears under "you said, we did"' })
  @ApiReply(FeedbackView, 'The feedback, `status: closed`')
  close(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: CloseFeedbackDto,
  ): Promise<FeedbackView> {
    return this.services.call('programmes', FeedbackPattern.Close, actor, { feedbackId: id, body });
  }

  @Get('you-said-we-did')
  @Allow(FeedbackPattern.YouSaidWeDid)
  @ApiOperation({ summary: 'Closed feedback and what was done about it, by school; never who said it' })
  @ApiPagedReply(YouSaidWeDidView, 'A page of closed feedback and its outcomes')
  youSaidWeDid(
    @CurrentActor() actor: Actor,
    @Query() query: YouSaidWeDidQuery,
  ): Promise<Page<YouSaidWeDidView>> {
    return this.services.call('programmes', FeedbackPattern.YouSaidWeDid, actor, query);
  }
}
