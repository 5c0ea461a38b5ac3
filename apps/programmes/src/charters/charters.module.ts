import { Module } from '@nestjs/common';
import { ChartersHandlers } from './charters.handlers';
import { ChartersService } from './charters.service';

@Module({
  controllers: [ChartersHandlers],
  providers: [ChartersService],
})
export class ChartersModule {}
