import { Module } from '@nestjs/common';
import { RpcModule } from '../rpc/rpc.module';
import { ActivitiesController } from './activities.controller';
import { ActivityImportsController } from './activity-imports.controller';

@Module({
  imports: [RpcModule],
  controllers: [ActivityImportsController, ActivitiesController],
})
export class ActivitiesModule {}
