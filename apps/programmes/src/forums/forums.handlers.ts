import { ForumPattern, type RpcRequest } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { Handles } from '@app/messaging';
import { Payload } from '@nestjs/microservices';
import { ForumsService } from './forums.service';

@Controller()
export class ForumsHandlers {
  constructor(private readonly forums: ForumsService) {}

  @Handles('programmes', ForumPattern.Create)
  create(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ForumPattern.Create>) {
    return this.forums.create(actor, payload);
  }

  @Handles('programmes', ForumPattern.List)
  list(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ForumPattern.List>) {
    return this.forums.list(actor, payload);
  }

  @Handles('programmes', ForumPattern.Get)
  get(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ForumPattern.Get>) {
    return this.forums.get(actor, payload.forumId);
  }

  @Handles('programmes', ForumPattern.Update)
  update(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ForumPattern.Update>) {
    return this.forums.update(actor, payload.forumId, payload.body);
  }

  @Handles('programmes', ForumPattern.CreateMeeting)
  createMeeting(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ForumPattern.CreateMeeting>) {
    return this.forums.createMeeting(actor, payload.forumId, payload.body);
  }

  @Handles('programmes', ForumPattern.ListMeetings)
  listMeetings(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ForumPattern.ListMeetings>) {
    return this.forums.listMeetings(actor, payload.forumId, payload.query ?? {});
  }

  @Handles('programmes', ForumPattern.GetMeeting)
  getMeeting(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ForumPattern.GetMeeting>) {
    return this.forums.getMeeting(actor, payload.meetingId);
  }

  @Handles('programmes', ForumPattern.GetMinutes)
  getMinutes(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ForumPattern.GetMinutes>) {
    return this.forums.minutes(actor, payload.meetingId);
  }

  @Handles('programmes', ForumPattern.UpdateMeeting)
  updateMeeting(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ForumPattern.UpdateMeeting>) {
    return this.forums.updateMeeting(actor, payload.meetingId, payload.body);
  }

  @Handles('programmes', ForumPattern.AddAgendaItem)
  addAgendaItem(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ForumPattern.AddAgendaItem>) {
    return this.forums.addAgendaItem(actor, payload.meetingId, payload.body);
  }

  @Handles('programmes', ForumPattern.WriteMinutes)
  writeMinutes(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ForumPattern.WriteMinutes>) {
    return this.forums.writeMinutes(actor, payload.meetingId, payload.body);
  }

  @Handles('programmes', ForumPattern.PublishMinutes)
  publishMinutes(
    @Payload() { actor, payload }: RpcRequest<'programmes', typeof ForumPattern.PublishMinutes>,
  ) {
    return this.forums.publishMinutes(actor, payload.meetingId);
  }
}
