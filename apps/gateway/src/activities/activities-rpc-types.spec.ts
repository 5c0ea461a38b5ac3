import { type Actor, ActivityPattern, type ActivityView, type RpcRequest } from '@app/contracts';
import { Handles } from '@app/messaging';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import type { ServiceClients } from '../rpc/service-clients';

/** What RpcMap refuses to compile for `activities.get`; never run, only type-checked (npm run typecheck). */
export async function wrongCalls(services: ServiceClients, actor: Actor): Promise<unknown[]> {
  // @ts-expect-error -- the pattern takes `{ activityId }`, not `{ id }`
  const wrongPayload = services.call('activities', ActivityPattern.Get, actor, { id: 'a' });
  // @ts-expect-error -- the pattern answers one activity, not a list of them
  const wrongReply: ActivityView[] = await services.call('activities', ActivityPattern.Get, actor, {
    activityId: 'a',
  });
  return [wrongPayload, wrongReply];
}

type GetRequest = RpcRequest<'activities', typeof ActivityPattern.Get>;

export class WrongHandlers {
  // @ts-expect-error -- answers only an id where an ActivityView is due
  @Handles('activities', ActivityPattern.Get)
  answersTooLittle({ payload }: GetRequest) {
    return { id: payload.activityId };
  }

  // @ts-expect-error -- takes the request of another pattern (`activities.update` has a body)
  @Handles('activities', ActivityPattern.Update)
  takesTheWrongRequest(_request: GetRequest & { payload: { body: number } }): Promise<ActivityView> {
    return Promise.reject(new Error('never called'));
  }
}

class RightHandlers {
  @Handles('activities', ActivityPattern.Get)
  get(_request: GetRequest): Promise<ActivityView> {
    return Promise.reject(new Error('never called'));
  }
}

describe('the activities contracts in RpcMap', () => {
  it('let a handler of the right shape register for its pattern', () => {
    const get = Object.getOwnPropertyDescriptor(RightHandlers.prototype, 'get')!.value as object;
    expect(Reflect.getMetadata(PATTERN_METADATA, get)).toEqual([ActivityPattern.Get]);
  });
});
