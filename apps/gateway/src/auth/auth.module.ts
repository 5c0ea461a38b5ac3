import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { TokenVerifier } from './token-verifier';

/** Bearer tokens: the guard every route passes (unless public), and development sign-in. */
@Module({
  controllers: [AuthController],
  providers: [TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
