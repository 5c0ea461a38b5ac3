import { type Actor, type Role, rolesAllowed } from '@app/contracts';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

export const PUBLIC_ROUTE = 'auth:public';
export const ROLES_ALLOWED = 'auth:roles';

/** No token needed (health, docs). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route; any other signed-in role gets 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_ALLOWED, roles);

/** The roles the permission matrix (`PERMISSIONS` in contracts) lists for the operation; others get 403. */
export const Allow = (operation: string) => SetMetadata(ROLES_ALLOWED, rolesAllowed(operation));

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor };

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) throw new Error('CurrentActor used on a public route');
  return request.actor;
});
