import { HealthPattern } from '@app/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { HandlesCommon } from './rpc/handles';

@Controller()
export class HealthHandlers {
  constructor(private readonly em: EntityManager) {}

  /** Every service answers `health.ping`, and only if this replica can reach its database too. */
  @HandlesCommon(HealthPattern.Ping)
  async ping(): Promise<{ status: 'up' }> {
    await this.em.execute('select 1');
    return { status: 'up' as const };
  }
}
