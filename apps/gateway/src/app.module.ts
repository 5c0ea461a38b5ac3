import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ActivitiesModule } from './activities/activities.module';
import { AuthModule } from './auth/auth.module';
import { GatewayConfig } from './gateway.config';
import { HealthModule } from './health/health.module';
import { IdempotencyKeyInterceptor } from './http/idempotency';
import { PartnersModule } from './partners/partners.module';
import { ProgrammesModule } from './programmes/programmes.module';
import { ReportsModule } from './reports/reports.module';
import { RpcModule } from './rpc/rpc.module';

/**
 * The HTTP API. Global, so that every feature module sees the gateway's config; the features are
 * imported in the order their routes appear in the OpenAPI document.
 */
@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      global: true,
      imports: [
        HealthModule,
        AuthModule,
        PartnersModule,
        ActivitiesModule,
        ProgrammesModule,
        ReportsModule,
        RpcModule,
      ],
      providers: [
        { provide: GatewayConfig, useValue: config },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyKeyInterceptor },
      ],
      exports: [GatewayConfig],
    };
  }
}
