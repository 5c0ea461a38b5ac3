import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { EnquiriesHandlers } from './enquiries.handlers';
import { EnquiriesService } from './enquiries.service';

@Module({
  imports: [PartnersModule],
  controllers: [EnquiriesHandlers],
  providers: [EnquiriesService],
})
export class EnquiriesModule {}
