import { type PartnerChildKind, type RpcEnvelope, childPattern } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ChildrenService } from './children.service';

type ListPayload = RpcEnvelope<{ partnerId: string }>;
type CreatePayload = RpcEnvelope<{ partnerId: string; body: unknown }>;
type UpdatePayload = RpcEnvelope<{ partnerId: string; childId: string; body: unknown }>;
type DeletePayload = RpcEnvelope<{ partnerId: string; childId: string }>;

/** One set of four handlers per kind of sub-resource, all backed by ChildrenService. */
function childHandlers(kind: PartnerChildKind) {
  @Controller()
  class KindHandlers {
    constructor(readonly children: ChildrenService) {}

    @MessagePattern(childPattern(kind, 'list'))
    list(@Payload() { actor, payload }: ListPayload) {
      return this.children.list(kind, actor, payload.partnerId);
    }

    @MessagePattern(childPattern(kind, 'create'))
    create(@Payload() { actor, payload }: CreatePayload) {
      return this.children.create(kind, actor, payload.partnerId, payload.body);
    }

    @MessagePattern(childPattern(kind, 'update'))
    update(@Payload() { actor, payload }: UpdatePayload) {
      return this.children.update(kind, actor, payload.partnerId, payload.childId, payload.body);
    }

    @MessagePattern(childPattern(kind, 'delete'))
    async remove(@Payload() { payload }: DeletePayload) {
      await this.children.remove(kind, payload.partnerId, payload.childId);
      return { deleted: true };
    }
  }
  return KindHandlers;
}

export const ContactsHandlers = childHandlers('contacts');
export const GoalsHandlers = childHandlers('goals');
export const AgreementsHandlers = childHandlers('agreements');
export const MembersHandlers = childHandlers('members');
