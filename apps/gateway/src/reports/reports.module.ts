import { Module } from '@nestjs/common';
import { RpcModule } from '../rpc/rpc.module';
import { ReportsController } from './reports.controller';

@Module({ imports: [RpcModule], controllers: [ReportsController] })
export class ReportsModule {}
