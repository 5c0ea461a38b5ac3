import {
  type Actor,
  AddAgendaItemDto,
  CreateForumDto,
  CreateMeetingDto,
  ForumPattern,
  ForumView,
  ListForumsQuery,
  MeetingMinutesView,
  MeetingView,
  MinutesDto,
  type Page,
  PageQuery,
  UpdateForumDto,
  UpdateMeetingDto,
} from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { EmptyBody } from '../http/empty-body';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/forums')
export class ForumsController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Allow(ForumPattern.Create)
  @ApiOperation({ summary: "Set up a school's Student Staff Partnership Forum" })
  @ApiReply(ForumView, 'The forum', 201)
  create(@CurrentActor() actor: Actor, @Body() body: CreateForumDto): Promise<ForumView> {
    return this.services.call('programmes', ForumPattern.Create, actor, body);
  }

  @Get()
  @Allow(ForumPattern.List)
  @ApiOperation({ summary: 'Forums, by school' })
  @ApiPagedReply(ForumView, 'A page of forums')
  list(@CurrentActor() actor: Actor, @Query() query: ListForumsQuery): Promise<Page<ForumView>> {
    return this.services.call('programmes', ForumPattern.List, actor, query);
  }

  @Get(':id')
  @Allow(ForumPattern.Get)
  @ApiOperation({ summary: 'One forum' })
  @ApiReply(ForumView, 'The forum')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ForumView> {
    return this.services.call('programmes', ForumPattern.Get, actor, { forumId: id });
  }

  @Patch(':id')
  @Allow(ForumPattern.Update)
  @ApiOperation({ summary: 'Rename a forum' })
  @ApiReply(ForumView, 'The forum, renamed')
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateForumDto,
  ): Promise<ForumView> {
    return this.services.call('programmes', ForumPattern.Update, actor, { forumId: id, body });
  }

  @Post(':id/meetings')
  @Allow(ForumPattern.CreateMeeting)
  @ApiOperation({ summary: 'Schedule (or record) a meeting with its agenda and attendees' })
  @ApiReply(MeetingView, 'The meeting', 201)
  createMeeting(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: CreateMeetingDto,
  ): Promise<MeetingView> {
    return this.services.call('programmes', ForumPattern.CreateMeeting, actor, { forumId: id, body });
  }

  @Get(':id/meetings')
  @Allow(ForumPattern.ListMeetings)
  @ApiOperation({
    summary: "The forum's meetings, newest first",
    description:
      'Published minutes are shown to everyone; unpublished ones only to partnership staff and leadership.',
  })
  @ApiPagedReply(MeetingView, "A page of the forum's meetings")
  listMeetings(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: PageQuery,
  ): Promise<Page<MeetingView>> {
    return this.services.call('programmes', ForumPattern.ListMeetings, actor, { forumId: id, query });
  }
}

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/meetings')
export class MeetingsController {
  constructor(private readonly services: ServiceClients) {}

  @Get(':id')
  @Allow(ForumPattern.GetMeeting)
  @ApiOperation({ summary: 'One meeting (minutes left out for students until published)' })
  @ApiReply(MeetingView, 'The meeting')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<MeetingView> {
    return this.services.call('programmes', ForumPattern.GetMeeting, actor, { meetingId: id });
  }

  @Get(':id/minutes')
  @Allow(ForumPattern.GetMinutes)
  @ApiOperation({ summary: "The meeting's minutes: 404 to students until they are published" })
  @ApiReply(MeetingMinutesView, 'The minutes')
  minutes(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<MeetingMinutesView> {
    return this.services.call('programmes', ForumPattern.GetMinutes, actor, { meetingId: id });
  }

  @Patch(':id')
  @Allow(ForumPattern.UpdateMeeting)
  @ApiOperation({ summary: 'Change the date, agenda or attendees' })
  @ApiReply(MeetingView, 'The meeting, changed')
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateMeetingDto,
  ): Promise<MeetingView> {
    return this.services.call('programmes', ForumPattern.UpdateMeeting, actor, { meetingId: id, body });
  }

  @Post(':id/agenda-items')
  @Allow(ForumPattern.AddAgendaItem)
  @ApiOperation({
    summary: "Add an agenda item (partnership staff, or a representative of the forum's school)",
  })
  @ApiReply(MeetingView, 'The meeting with the item added', 201)
  addAgendaItem(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: AddAgendaItemDto,
  ): Promise<MeetingView> {
    return this.services.call('programmes', ForumPattern.AddAgendaItem, actor, { meetingId: id, body });
  }

  @Put(':id/minutes')
  @Allow(ForumPattern.WriteMinutes)
  @ApiOperation({ summary: 'Write (or correct) the minutes, once the meeting has been held' })
  @ApiReply(MeetingView, 'The meeting with its minutes')
  writeMinutes(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: MinutesDto,
  ): Promise<MeetingView> {
    return this.services.call('programmes', ForumPattern.WriteMinutes, actor, { meetingId: id, body });
  }

  @Post(':id/minutes/publish')
  @HttpCode(200)
  @Allow(ForumPattern.PublishMinutes)
  @ApiOperation({ summary: 'Publish the minutes to every student' })
  @ApiResponse({ status: 409, description: 'No minutes written yet' })
  @ApiReply(MeetingView, 'The meeting, its minutes published')
  publishMinutes(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @EmptyBody() _body: undefined,
  ): Promise<MeetingView> {
    return this.services.call('programmes', ForumPattern.PublishMinutes, actor, { meetingId: id });
  }
}
