import type { Actor } from '@app/contracts';

export const actorRef = (actor: Actor) => ({ userId: actor.sub, name: actor.name ?? null });
