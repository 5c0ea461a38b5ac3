import { Module } from '@nestjs/common';
import { InvolvementsHandlers } from './involvements.handlers';
import { InvolvementsService } from './involvements.service';

@Module({
  controllers: [InvolvementsHandlers],
  providers: [InvolvementsService],
})
export class InvolvementsModule {}
