import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { ApiReply } from '../openapi/api-replies';
import { ServiceLiveness } from '../rpc/service-liveness';
import { HealthView } from './health.view';

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
  @ApiReply(HealthView, 'Everything is up')
  @ApiResponse({ status: 503, description: 'Something is down: the same shape names it', type: HealthView })
  health(@Res({ passthrough: true }) reply: FastifyReply): HealthView {
    const { redis, services } = this.liveness.current();
    const ok = redis === 'up' && Object.values(services).every((state) => state === 'up');
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', redis, services };
  }
}
