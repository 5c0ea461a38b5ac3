import { createLogger } from '@app/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ActivitiesController } from './activities/activities.controller';
import { ActivityImportsController } from './activities/activity-imports.controller';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { TokenVerifier } from './auth/token-verifier';
import { GatewayConfig } from './gateway.config';
import { HealthController } from './health/health.controller';
import { IdempotencyKeyInterceptor } from './http/idempotency';
import { PartnerChildControllers } from './partners/partner-children.controller';
import { EnquiriesController } from './partners/enquiries.controller';
import { PartnersController } from './partners/partners.controller';
import { ProgrammeControllers } from './programmes';
import { FeedbackAuthors } from './programmes/feedback-authors';
import { ReportsController } from './reports/reports.controller';
import { ServiceClients } from './rpc/service-clients';
import { ServiceLiveness } from './rpc/service-liveness';

export const GATEWAY_LOGGER = Symbol('GATEWAY_LOGGER');

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      controllers: [
        HealthController,
        AuthController,
        EnquiriesController,
        PartnersController,
        ...PartnerChildControllers,
        ActivityImportsController,
        ActivitiesController,
        ...ProgrammeControllers,
        ReportsController,
      ],
      providers: [
        { provide: GatewayConfig, useValue: config },
        { provide: GATEWAY_LOGGER, useValue: createLogger('gateway', config.LOG_LEVEL) },
        TokenVerifier,
        ServiceLiveness,
        ServiceClients,
        FeedbackAuthors,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyKeyInterceptor },
      ],
    };
  }
}
