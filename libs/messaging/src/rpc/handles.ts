import type {
  Actor,
  CommonRpc,
  EventSourceRpc,
  PatternOf,
  RpcContract,
  RpcEnvelope,
  RpcMap,
  ServiceName,
} from '@app/contracts';
import { MessagePattern } from '@nestjs/microservices';

type RequestIn<C> = C extends RpcContract<infer Request, unknown> ? Request : never;
type ReplyIn<C> = C extends RpcContract<unknown, infer Reply> ? Reply : never;
type Handler<C> = (request: RpcEnvelope<RequestIn<C>> & { actor: Actor }) => ReplyIn<C> | Promise<ReplyIn<C>>;

/** A `@MessagePattern` typed by a map of contracts (see RpcMap). */
function handlesOf<M>() {
  return <P extends keyof M & string>(pattern: P) =>
    // Only `value` is constrained: a descriptor's get/set would make the check invariant.
    (target: object, key: string | symbol, descriptor: { value?: Handler<M[P]> }): void => {
      MessagePattern(pattern)(target, key, descriptor as PropertyDescriptor);
    };
}

/**
 * `@MessagePattern` typed by RpcMap: the method must take the pattern's request envelope and
 * answer its reply, or the decorator does not compile.
 */
export function Handles<S extends ServiceName, P extends PatternOf<S>>(_service: S, pattern: P) {
  return handlesOf<RpcMap[S]>()(pattern);
}

/** For the patterns every service answers (health). */
export const HandlesCommon = handlesOf<CommonRpc>();

/** For the patterns every event source answers (its outbox log). */
export const HandlesEventSource = handlesOf<EventSourceRpc>();
