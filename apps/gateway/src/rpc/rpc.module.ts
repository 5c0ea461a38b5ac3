import { Module } from '@nestjs/common';
import { ServiceClients } from './service-clients';
import { ServiceLiveness } from './service-liveness';

/** The services' request streams, and which of them have a live replica. */
@Module({
  providers: [ServiceLiveness, ServiceClients],
  exports: [ServiceLiveness, ServiceClients],
})
export class RpcModule {}
