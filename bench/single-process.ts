import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { Outbox } from '@app/messaging';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Controller, Get, Headers, Module, Param, UnauthorizedException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ChildrenService } from '../apps/partners/src/children/children.service';
import { partnersOrmConfig } from '../apps/partners/src/orm.config';
import { PartnersConfig } from '../apps/partners/src/partners.config';
import { PartnersHandlers } from '../apps/partners/src/partners/partners.handlers';
import { PartnersService } from '../apps/partners/src/partners/partners.service';
import { TokenVerifier } from '../apps/gateway/src/auth/token-verifier';
import { GatewayConfig } from '../apps/gateway/src/gateway.config';

/**
 * The benchmark's baseline: the same partner read (token check, partner, children, tier history)
 * served by one NestJS process on Fastify, with no queue hop and no gateway.
 */
const config = loadConfig(PartnersConfig);
const gatewayConfig = loadConfig(GatewayConfig);

@Controller('api/v1/partners')
class SingleProcessController {
  private readonly verifier = new TokenVerifier(gatewayConfig);

  constructor(
    private readonly handlers: PartnersHandlers,
    private readonly orm: MikroORM,
  ) {}

  @Get(':id')
  async get(@Param('id') id: string, @Headers('authorization') authorization?: string) {
    const token = authorization?.replace(/^Bearer\s+/i, '') ?? '';
    const actor = await this.verifier.verify(token).catch(() => {
      throw new UnauthorizedException();
    });
    return RequestContext.create(this.orm.em, () => this.handlers.get({ actor, payload: { partnerId: id } }));
  }
}

@Module({
  imports: [
    MikroOrmModule.forRoot({ ...partnersOrmConfig(config.DATABASE_URL), registerRequestContext: false }),
  ],
  controllers: [SingleProcessController],
  providers: [
    PartnersHandlers,
    PartnersService,
    ChildrenService,
    { provide: Outbox, useValue: new Outbox('bench') },
  ],
})
class SingleProcessModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(SingleProcessModule, new FastifyAdapter(), {
    logger: false,
  });
  await app.listen(Number(process.env.PORT ?? 3999), '127.0.0.1');
  console.log('single process listening');
}

void main();
