import { Module } from '@nestjs/common';
import { AwardsHandlers } from './awards.handlers';
import { AwardsService } from './awards.service';

@Module({
  controllers: [AwardsHandlers],
  providers: [AwardsService],
})
export class AwardsModule {}
