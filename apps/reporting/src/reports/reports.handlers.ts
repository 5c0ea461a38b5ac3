import { ReportPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ReportsService } from './reports.service';

@Controller()
export class ReportsHandlers {
  constructor(private readonly reports: ReportsService) {}

  @MessagePattern(ReportPattern.Overview)
  overview(@Payload() { actor, payload }: RpcEnvelope) {
    return this.reports.overview(actor, payload);
  }

  @MessagePattern(ReportPattern.Hebci)
  hebci(@Payload() { actor, payload }: RpcEnvelope) {
    return this.reports.hebci(actor, payload);
  }

  @MessagePattern(ReportPattern.HebciCell)
  hebciCell(@Payload() { actor, payload }: RpcEnvelope<{ cellId: string; query: unknown }>) {
    return this.reports.hebciCell(actor, payload.cellId, payload.query);
  }

  @MessagePattern(ReportPattern.Freshness)
  freshness() {
    return this.reports.freshness();
  }
}
