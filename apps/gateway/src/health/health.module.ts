import { Module } from '@nestjs/common';
import { RpcModule } from '../rpc/rpc.module';
import { HealthController } from './health.controller';

@Module({ imports: [RpcModule], controllers: [HealthController] })
export class HealthModule {}
