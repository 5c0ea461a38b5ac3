import { forwardRef, Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { PartnersHandlers } from './partners.handlers';
import { PartnersService } from './partners.service';

@Module({
  // The handlers answer a partner with its children; the children's service checks their partner.
  imports: [forwardRef(() => ChildrenModule)],
  controllers: [PartnersHandlers],
  providers: [PartnersService],
  exports: [PartnersService],
})
export class PartnersModule {}
