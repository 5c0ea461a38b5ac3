import type { Role } from '@app/contracts';
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type AuthenticatedRequest, PUBLIC_ROUTE, ROLES_ALLOWED } from './auth.decorators';
import { TokenVerifier } from './token-verifier';

/** 401 without a valid token; 403 when the role may never do this operation. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <token>)');
    try {
      request.actor = await this.verifier.verify(match[1]);
    } catch {
      throw new UnauthorizedException('The bearer token is not valid');
    }

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, targets);
    if (allowed && !request.actor.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenException(`This needs one of the roles: ${allowed.join(', ')}`);
    }
    return true;
  }
}
