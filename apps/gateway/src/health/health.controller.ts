import { HealthPattern, SERVICE_NAMES, type ServiceName } from '@app/contracts';
import { Controller, Get, Inject, type OnApplicationShutdown, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { withTimeout } from '@app/messaging';
import { Public } from '../auth/auth.decorators';
import { GatewayConfig } from '../gateway.config';
import { ServiceClients } from '../rpc/service-clients';

export const HEALTH_REDIS = Symbol('HEALTH_REDIS');
type State = 'up' | 'down';

@ApiTags('health')
@Controller('health')
export class HealthController implements OnApplicationShutdown {
  constructor(
    private readonly services: ServiceClients,
    private readonly config: GatewayConfig,
    @Inject(HEALTH_REDIS) private readonly redis: Redis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Redis and every service: 200 when all are up, 503 naming what is down' })
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const wait = this.config.HEALTH_TIMEOUT_MS;
    const [redis, ...states] = await Promise.all([
      withTimeout(this.redis.ping(), wait, 'redis ping').then(up, down),
      ...SERVICE_NAMES.map((service) => this.services.ping(service, HealthPattern.Ping, wait).then(up, down)),
    ]);
    const services = Object.fromEntries(SERVICE_NAMES.map((name, i) => [name, states[i]])) as Record<
      ServiceName,
      State
    >;
    const ok = redis === 'up' && Object.values(services).every((state) => state === 'up');
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', redis, services };
  }
}

const up = (): State => 'up';
const down = (): State => 'down';
