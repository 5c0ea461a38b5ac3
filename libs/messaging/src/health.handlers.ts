import { HealthPattern } from '@app/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';

@Controller()
export class HealthHandlers {
  constructor(private readonly em: EntityManager) {}

  /** Every service answers `health.ping`, and only if this replica can reach its database too. */
  @MessagePattern(HealthPattern.Ping)
  async ping() {
    await this.em.execute('select 1');
    return { status: 'up' };
  }
}
