import { Module } from '@nestjs/common';
import { RepresentationHandlers } from './representation.handlers';
import { RepresentationService } from './representation.service';

@Module({
  controllers: [RepresentationHandlers],
  providers: [RepresentationService],
  exports: [RepresentationService],
})
export class RepresentationModule {}
