import {
  type Actor,
  CommonError,
  DomainError,
  type PatternOf,
  type ReplyOf,
  type RequestOf,
  type RpcEnvelope,
  SERVICE_NAMES,
  type ServiceName,
} from '@app/contracts';
import { StreamsClient } from '@app/messaging';
import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { firstValueFrom } from 'rxjs';
import { GatewayConfig } from '../gateway.config';
import { idempotencyFor } from '../http/idempotency';
import { ServiceLiveness } from './service-liveness';

/**
 * One request-stream client per service; `call` sends a request and waits for its reply, or
 * refuses at once (`common.unavailable`, 503) when the service has no live replica to take it.
 */
@Injectable()
export class ServiceClients implements OnModuleInit, OnApplicationShutdown {
  private readonly clients: Map<ServiceName, StreamsClient>;

  constructor(
    config: GatewayConfig,
    private readonly liveness: ServiceLiveness,
  ) {
    this.clients = new Map(
      SERVICE_NAMES.map((service) => [
        service,
        new StreamsClient({
          redisUrl: config.REDIS_URL,
          keyPrefix: config.BULLMQ_PREFIX,
          service,
          timeoutMs: config.REQUEST_TIMEOUT_MS,
        }),
      ]),
    );
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.connect()));
  }

  /** A request typed by RpcMap: the payload must be the pattern's request, the answer is its reply. */
  call<S extends ServiceName, P extends PatternOf<S>>(
    service: S,
    pattern: P,
    actor: Actor,
    payload: RequestOf<S, P>,
  ): Promise<ReplyOf<S, P>> {
    return this.send<ReplyOf<S, P>>(service, pattern, actor, payload);
  }

  private async send<T>(service: ServiceName, pattern: string, actor: Actor, payload: unknown): Promise<T> {
    if (!(await this.liveness.isLive(service))) {
      throw new DomainError(
        CommonError.Unavailable,
        `The ${service} service is not running; nothing was done, try again shortly`,
      );
    }
    const envelope: RpcEnvelope = { actor, payload, idempotency: idempotencyFor(actor, payload) };
    return firstValueFrom(this.client(service).send<T>(pattern, envelope));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.clients.values()].map((client) => client.close()));
  }

  private client(service: ServiceName): StreamsClient {
    return this.clients.get(service)!;
  }
}
