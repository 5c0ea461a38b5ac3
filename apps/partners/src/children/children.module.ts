import { forwardRef, Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { AgreementsHandlers, ContactsHandlers, GoalsHandlers, MembersHandlers } from './children.handlers';
import { ChildrenService } from './children.service';

@Module({
  imports: [forwardRef(() => PartnersModule)],
  controllers: [ContactsHandlers, GoalsHandlers, AgreementsHandlers, MembersHandlers],
  providers: [ChildrenService],
  exports: [ChildrenService],
})
export class ChildrenModule {}
