import { CommonError, DomainError } from '@app/contracts';
import { RpcErrorFilter, StreamsServer, type StreamsServerOptions } from '@app/messaging';
import { createLogger, currentRequestId } from '@app/observability';
import { Controller, type INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';

/** Records which replica handled which request, across every replica in this process. */
export const handledBy = new Map<string, string[]>();

export function fixtureModule(replica: string) {
  @Controller()
  class FixtureHandlers {
    @MessagePattern('echo')
    echo(@Payload() data: { n: number; tag?: string }) {
      if (data.tag) handledBy.set(data.tag, [...(handledBy.get(data.tag) ?? []), replica]);
      return { n: data.n, replica };
    }

    @MessagePattern('slow')
    async slow(@Payload() data: { ms: number; tag: string }) {
      await new Promise((resolve) => setTimeout(resolve, data.ms));
      handledBy.set(data.tag, [...(handledBy.get(data.tag) ?? []), replica]);
      return { replica };
    }

    @MessagePattern('domain-error')
    domainError() {
      throw new DomainError(CommonError.Validation, 'bad thing', [{ field: 'x', problem: 'is wrong' }], {
        hint: 1,
      });
    }

    @MessagePattern('crash')
    crash() {
      throw new Error('SELECT * FROM secret_table -- internal detail');
    }

    @MessagePattern('request-id')
    requestId() {
      return { requestId: currentRequestId() ?? null };
    }
  }

  @Module({ controllers: [FixtureHandlers] })
  class FixtureModule {}
  return FixtureModule;
}

export async function startFixtureReplica(
  replica: string,
  options: StreamsServerOptions,
): Promise<{ app: INestMicroservice; server: StreamsServer }> {
  const server = new StreamsServer(options);
  const app = await NestFactory.createMicroservice(fixtureModule(replica), {
    strategy: server,
    logger: false,
  });
  app.useGlobalFilters(new RpcErrorFilter(createLogger(replica, 'silent')));
  await app.listen();
  return { app, server };
}
