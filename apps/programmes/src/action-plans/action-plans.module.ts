import { Module } from '@nestjs/common';
import { ActionPlansHandlers } from './action-plans.handlers';
import { ActionPlansService } from './action-plans.service';

@Module({
  controllers: [ActionPlansHandlers],
  providers: [ActionPlansService],
})
export class ActionPlansModule {}
