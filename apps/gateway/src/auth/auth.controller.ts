import { AuthSettings, DevSignInDto, DevSignInReply } from '@app/contracts';
import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Post,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignJWT } from 'jose';
import { devSignInEnabled, GatewayConfig } from '../gateway.config';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiReply } from '../openapi/api-replies';
import { Public } from './auth.decorators';

const DEV_TOKEN_HOURS = 8;

@ApiTags('auth')
@ApiStandardErrors()
@Controller('auth')
export class AuthController {
  constructor(private readonly config: GatewayConfig) {}

  @Get('settings')
  @Public()
  @ApiOperation({
    summary: 'How the web app may sign in: the development page and/or an OIDC identity provider',
  })
  @ApiReply(AuthSettings, 'The sign-in options')
  settings(): AuthSettings {
    const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_SCOPE, OIDC_RESOURCE } = this.config;
    return {
      devSignIn: devSignInEnabled(this.config),
      oidc: OIDC_ISSUER
        ? { issuer: OIDC_ISSUER, clientId: OIDC_CLIENT_ID, scope: OIDC_SCOPE, resource: OIDC_RESOURCE }
        : null,
    };
  }

  @Post('dev-sign-in')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Development only: a token for a chosen role',
    description: 'Answers 404 in production, when a JWKS is configured, or with AUTH_DEV_SIGNIN=off.',
  })
  @ApiReply(DevSignInReply, 'A token for the role, valid for 8 hours')
  async devSignIn(@Body() body: DevSignInDto): Promise<DevSignInReply> {
    if (!devSignInEnabled(this.config) || !this.config.JWT_SECRET) throw new NotFoundException();
    if (body.role === 'faculty' && !body.faculty) {
      const details = [{ field: 'faculty', problem: 'is required for the faculty role' }];
      throw new BadRequestException({ message: 'faculty is required for the faculty role', details });
    }
    const sub = body.sub ?? `dev-${body.role}`;
    const expiresAt = new Date(Date.now() + DEV_TOKEN_HOURS * 3600_000);
    const token = await new SignJWT({
      name: body.name ?? `Dev ${body.role.replace('_', ' ')}`,
      email: `${sub}@uni.example`,
      roles: [body.role],
      ...(body.faculty ? { faculty: body.faculty } : {}),
      ...(body.school ? { school: body.school } : {}),
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(this.config.JWT_ISSUER)
      .setAudience(this.config.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(new TextEncoder().encode(this.config.JWT_SECRET));
    return { token, expiresAt: expiresAt.toISOString() };
  }
}
