import { Module } from '@nestjs/common';
import { RpcModule } from '../rpc/rpc.module';
import { FeedbackAuthors } from './feedback-authors';
import { ProgrammeControllers } from './index';

@Module({
  imports: [RpcModule],
  controllers: ProgrammeControllers,
  providers: [FeedbackAuthors],
})
export class ProgrammesModule {}
