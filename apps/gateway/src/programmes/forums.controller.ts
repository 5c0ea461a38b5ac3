import {
  type Actor,
  AddAgendaItemDto,
  CreateForumDto,
  CreateMeetingDto,
  EVERYONE,
  ForumPattern,
  ListForumsQuery,
  MinutesDto,
  PageQuery,
  PROGRAMME_WRITERS,
  UpdateForumDto,
  UpdateMeetingDto,
} from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { EmptyBody } from '../http/empty-body';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/forums')
export class ForumsController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: "Set up a school's Student Staff Partnership Forum" })
  @ApiResponse({ status: 201, description: 'The forum' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateForumDto) {
    return this.services.call('programmes', ForumPattern.Create, actor, body);
  }

  @Get()
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'Forums, by school' })
  list(@CurrentActor() actor: Actor, @Query() query: ListForumsQuery) {
    return this.services.call('programmes', ForumPattern.List, actor, query);
  }

  @Get(':id')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'One forum' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.services.call('programmes', ForumPattern.Get, actor, { forumId: id });
  }

  @Patch(':id')
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: 'Rename a forum' })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateForumDto) {
    return this.services.call('programmes', ForumPattern.Update, actor, { forumId: id, body });
  }

  @Post(':id/meetings')
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: 'Schedule (or record) a meeting with its agenda and attendees' })
  @ApiResponse({ status: 201, description: 'The meeting' })
  createMeeting(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: CreateMeetingDto) {
    return this.services.call('programmes', ForumPattern.CreateMeeting, actor, { forumId: id, body });
  }

  @Get(':id/meetings')
  @Roles(...EVERYONE)
  @ApiOperation({
    summary: "The forum's meetings, newest first",
    description:
      'Published minutes are shown to everyone; unpublished ones only to partnership staff and leadership.',
  })
  listMeetings(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: PageQuery) {
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
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'One meeting (minutes left out for students until published)' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.services.call('programmes', ForumPattern.GetMeeting, actor, { meetingId: id });
  }

  @Get(':id/minutes')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: "The meeting's minutes: 404 to students until they are published" })
  minutes(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.services.call('programmes', ForumPattern.GetMinutes, actor, { meetingId: id });
  }

  @Patch(':id')
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: 'Change the date, agenda or attendees' })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateMeetingDto) {
    return this.services.call('programmes', ForumPattern.UpdateMeeting, actor, { meetingId: id, body });
  }

  @Post(':id/agenda-items')
  @Roles(...PROGRAMME_WRITERS, 'student_rep')
  @ApiOperation({
    summary: "Add an agenda item (partnership staff, or a representative of the forum's school)",
  })
  @ApiResponse({ status: 201, description: 'The meeting with the item added' })
  addAgendaItem(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: AddAgendaItemDto) {
    return this.services.call('programmes', ForumPattern.AddAgendaItem, actor, { meetingId: id, body });
  }

  @Put(':id/minutes')
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: 'Write (or correct) the minutes, once the meeting has been held' })
  writeMinutes(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: MinutesDto) {
    return this.services.call('programmes', ForumPattern.WriteMinutes, actor, { meetingId: id, body });
  }

  @Post(':id/minutes/publish')
  @HttpCode(200)
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: 'Publish the minutes to every student' })
  @ApiResponse({ status: 409, description: 'No minutes written yet' })
  publishMinutes(@CurrentActor() actor: Actor, @Param('id') id: string, @EmptyBody() _body: undefined) {
    return this.services.call('programmes', ForumPattern.PublishMinutes, actor, { meetingId: id });
  }
}
