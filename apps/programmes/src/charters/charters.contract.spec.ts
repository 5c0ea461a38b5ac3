import { type Actor, CharterPattern, type CharterView, type RpcRequest } from '@app/contracts';
import { Handles } from '@app/messaging';
import type { ServiceClients } from '../../../gateway/src/rpc/service-clients';

const actor: Actor = { sub: 'staff-1', roles: ['partnership_staff'] };

const charter: CharterView = {
  id: '00000000-0000-4000-8000-000000000001',
  institution: 'University of Leeds',
  title: 'The Leeds Partnership',
  academicYear: '2026/27',
  parties: ['The university', 'The union'],
  definition: null,
  commitments: ['Listen'],
  expectations: ['Respond'],
  values: [],
  priorities: [],
  relatedStrategies: [],
  status: 'draft',
  publishedAt: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  version: 1,
  allowedActions: ['update', 'publish'],
};

/** A handler that follows RpcMap: takes the pattern's request envelope, answers its reply. */
class TypedHandlers {
  @Handles('programmes', CharterPattern.Get)
  get({ payload }: RpcRequest<'programmes', typeof CharterPattern.Get>): CharterView {
    return { ...charter, id: payload.charterId };
  }
}

/** Does not compile: what RpcMap says a handler of `programmes.charters.get` must answer is a CharterView. */
export class WrongReplyHandlers {
  // @ts-expect-error -- the reply lacks every CharterView field but `id`
  @Handles('programmes', CharterPattern.Get)
  get({ payload }: RpcRequest<'programmes', typeof CharterPattern.Get>) {
    return { id: payload.charterId };
  }

  // @ts-expect-error -- the handler reads a request the pattern does not send
  @Handles('programmes', CharterPattern.Publish)
  publish(_request: RpcRequest<'programmes', typeof CharterPattern.Update>): CharterView {
    return charter;
  }
}

/** Does not compile: the gateway calling a pattern with the wrong payload, or reading a wrong reply. */
export async function wrongCalls(services: ServiceClients): Promise<void> {
  // @ts-expect-error -- `programmes.charters.get` takes `{ charterId }`
  await services.call('programmes', CharterPattern.Get, actor, { id: charter.id });
  // @ts-expect-error -- an update carries its body
  await services.call('programmes', CharterPattern.Update, actor, { charterId: charter.id });
  const reply = await services.call('programmes', CharterPattern.Get, actor, { charterId: charter.id });
  // @ts-expect-error -- a CharterView has no `name`
  void reply.name;
}

describe('the charters contract (type checks in this file: npm run typecheck)', () => {
  it('registers a typed handler for its pattern and answers the reply type', () => {
    expect(Reflect.getMetadata('microservices:pattern', TypedHandlers.prototype.get)).toEqual([
      CharterPattern.Get,
    ]);
    expect(new TypedHandlers().get({ actor, payload: { charterId: 'c-1' } })).toEqual({
      ...charter,
      id: 'c-1',
    });
  });
});
