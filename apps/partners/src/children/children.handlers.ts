import { type PartnerChildKind, type ReplyOf, type RpcRequest, childPattern } from '@app/contracts';
import { Handles } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ChildrenService } from './children.service';

type Action = 'list' | 'create' | 'update' | 'delete';
type Request<K extends PartnerChildKind, A extends Action> = RpcRequest<'partners', `partners.${K}.${A}`>;
type Reply<K extends PartnerChildKind, A extends Action> = Promise<ReplyOf<'partners', `partners.${K}.${A}`>>;

// Four handlers per kind of record under a partner, all backed by ChildrenService. Written out per
// kind (not made by a factory) so that `@Handles` checks each pattern against its own reply.

@Controller()
export class ContactsHandlers {
  constructor(private readonly children: ChildrenService) {}

  @Handles('partners', childPattern('contacts', 'list'))
  list(@Payload() { actor, payload }: Request<'contacts', 'list'>): Reply<'contacts', 'list'> {
    return this.children.list('contacts', actor, payload.partnerId);
  }

  @Handles('partners', childPattern('contacts', 'create'))
  create(@Payload() { actor, payload }: Request<'contacts', 'create'>): Reply<'contacts', 'create'> {
    return this.children.create('contacts', actor, payload.partnerId, payload.body);
  }

  @Handles('partners', childPattern('contacts', 'update'))
  update(@Payload() { actor, payload }: Request<'contacts', 'update'>): Reply<'contacts', 'update'> {
    return this.children.update('contacts', actor, payload.partnerId, payload.childId, payload.body);
  }

  @Handles('partners', childPattern('contacts', 'delete'))
  async remove(@Payload() { payload }: Request<'contacts', 'delete'>): Reply<'contacts', 'delete'> {
    await this.children.remove('contacts', payload.partnerId, payload.childId);
    return { deleted: true };
  }
}

@Controller()
export class GoalsHandlers {
  constructor(private readonly children: ChildrenService) {}

  @Handles('partners', childPattern('goals', 'list'))
  list(@Payload() { actor, payload }: Request<'goals', 'list'>): Reply<'goals', 'list'> {
    return this.children.list('goals', actor, payload.partnerId);
  }

  @Handles('partners', childPattern('goals', 'create'))
  create(@Payload() { actor, payload }: Request<'goals', 'create'>): Reply<'goals', 'create'> {
    return this.children.create('goals', actor, payload.partnerId, payload.body);
  }

  @Handles('partners', childPattern('goals', 'update'))
  update(@Payload() { actor, payload }: Request<'goals', 'update'>): Reply<'goals', 'update'> {
    return this.children.update('goals', actor, payload.partnerId, payload.childId, payload.body);
  }

  @Handles('partners', childPattern('goals', 'delete'))
  async remove(@Payload() { payload }: Request<'goals', 'delete'>): Reply<'goals', 'delete'> {
    await this.children.remove('goals', payload.partnerId, payload.childId);
    return { deleted: true };
  }
}

@Controller()
export class AgreementsHandlers {
  constructor(private readonly children: ChildrenService) {}

  @Handles('partners', childPattern('agreements', 'list'))
  list(@Payload() { actor, payload }: Request<'agreements', 'list'>): Reply<'agreements', 'list'> {
    return this.children.list('agreements', actor, payload.partnerId);
  }

  @Handles('partners', childPattern('agreements', 'create'))
  create(@Payload() { actor, payload }: Request<'agreements', 'create'>): Reply<'agreements', 'create'> {
    return this.children.create('agreements', actor, payload.partnerId, payload.body);
  }

  @Handles('partners', childPattern('agreements', 'update'))
  update(@Payload() { actor, payload }: Request<'agreements', 'update'>): Reply<'agreements', 'update'> {
    return this.children.update('agreements', actor, payload.partnerId, payload.childId, payload.body);
  }

  @Handles('partners', childPattern('agreements', 'delete'))
  async remove(@Payload() { payload }: Request<'agreements', 'delete'>): Reply<'agreements', 'delete'> {
    await this.children.remove('agreements', payload.partnerId, payload.childId);
    return { deleted: true };
  }
}

@Controller()
export class MembersHandlers {
  constructor(private readonly children: ChildrenService) {}

  @Handles('partners', childPattern('members', 'list'))
  list(@Payload() { actor, payload }: Request<'members', 'list'>): Reply<'members', 'list'> {
    return this.children.list('members', actor, payload.partnerId);
  }

  @Handles('partners', childPattern('members', 'create'))
  create(@Payload() { actor, payload }: Request<'members', 'create'>): Reply<'members', 'create'> {
    return this.children.create('members', actor, payload.partnerId, payload.body);
  }

  @Handles('partners', childPattern('members', 'update'))
  update(@Payload() { actor, payload }: Request<'members', 'update'>): Reply<'members', 'update'> {
    return this.children.update('members', actor, payload.partnerId, payload.childId, payload.body);
  }

  @Handles('partners', childPattern('members', 'delete'))
  async remove(@Payload() { payload }: Request<'members', 'delete'>): Reply<'members', 'delete'> {
    await this.children.remove('members', payload.partnerId, payload.childId);
    return { deleted: true };
  }
}
