import { ForumPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ForumsService } from './forums.service';

type ForumPayload = RpcEnvelope<{ forumId: string; body?: unknown; query?: unknown }>;
type MeetingPayload = RpcEnvelope<{ meetingId: string; body?: unknown; minutesOnly?: boolean }>;

@Controller()
export class ForumsHandlers {
  constructor(private readonly forums: ForumsService) {}

  @MessagePattern(ForumPattern.Create)
  create(@Payload() { actor, payload }: RpcEnvelope) {
    return this.forums.create(actor, payload);
  }

  @MessagePattern(ForumPattern.List)
  list(@Payload() { actor, payload }: RpcEnvelope) {
    return this.forums.list(actor, payload);
  }

  @MessagePattern(ForumPattern.Get)
  get(@Payload() { actor, payload }: ForumPayload) {
    return this.forums.get(actor, payload.forumId);
  }

  @MessagePattern(ForumPattern.Update)
  update(@Payload() { actor, payload }: ForumPayload) {
    return this.forums.update(actor, payload.forumId, payload.body);
  }

  @MessagePattern(ForumPattern.CreateMeeting)
  createMeeting(@Payload() { actor, payload }: ForumPayload) {
    return this.forums.createMeeting(actor, payload.forumId, payload.body);
  }

  @MessagePattern(ForumPattern.ListMeetings)
  listMeetings(@Payload() { actor, payload }: ForumPayload) {
    return this.forums.listMeetings(actor, payload.forumId, payload.query ?? {});
  }

  @MessagePattern(ForumPattern.GetMeeting)
  getMeeting(@Payload() { actor, payload }: MeetingPayload) {
    return payload.minutesOnly
      ? this.forums.minutes(actor, payload.meetingId)
      : this.forums.getMeeting(actor, payload.meetingId);
  }

  @MessagePattern(ForumPattern.UpdateMeeting)
  updateMeeting(@Payload() { actor, payload }: MeetingPayload) {
    return this.forums.updateMeeting(actor, payload.meetingId, payload.body);
  }

  @MessagePattern(ForumPattern.AddAgendaItem)
  addAgendaItem(@Payload() { actor, payload }: MeetingPayload) {
    return this.forums.addAgendaItem(actor, payload.meetingId, payload.body);
  }

  @MessagePattern(ForumPattern.WriteMinutes)
  writeMinutes(@Payload() { actor, payload }: MeetingPayload) {
    return this.forums.writeMinutes(actor, payload.meetingId, payload.body);
  }

  @MessagePattern(ForumPattern.PublishMinutes)
  publishMinutes(@Payload() { actor, payload }: MeetingPayload) {
    return this.forums.publishMinutes(actor, payload.meetingId);
  }
}
