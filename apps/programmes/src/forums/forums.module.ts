import { Module } from '@nestjs/common';
import { RepresentationModule } from '../representation/representation.module';
import { ForumsHandlers } from './forums.handlers';
import { ForumsService } from './forums.service';

@Module({
  imports: [RepresentationModule],
  controllers: [ForumsHandlers],
  providers: [ForumsService],
})
export class ForumsModule {}
