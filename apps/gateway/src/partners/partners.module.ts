import { Module } from '@nestjs/common';
import { RpcModule } from '../rpc/rpc.module';
import { EnquiriesController } from './enquiries.controller';
import { PartnerChildControllers } from './partner-children.controller';
import { PartnersController } from './partners.controller';

@Module({
  imports: [RpcModule],
  controllers: [EnquiriesController, PartnersController, ...PartnerChildControllers],
})
export class PartnersModule {}
