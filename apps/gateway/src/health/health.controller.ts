import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { ServiceLiveness } from '../rpc/service-liveness';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly liveness: ServiceLiveness) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Redis and every service (a view refreshed in the background, never a call per request): 200 when all are up, 503 naming what is down',
  })
  health(@Res({ passthrough: true }) reply: FastifyReply) {
    const { redis, services } = this.liveness.current();
    const ok = redis === 'up' && Object.values(services).every((state) => state === 'up');
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', redis, services };
  }
}
