import { SERVICE_NAMES, type ServiceName } from '@app/contracts';
import { closeRedis, createFailFastRedis, livenessKey, liveReplicas, waitUntilReady } from '@app/messaging';
import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { GatewayConfig } from '../gateway.config';

export type State = 'up' | 'down';

export interface LivenessView {
  redis: State;
  services: Record<ServiceName, State>;
}

/**
 * What the gateway knows of Redis and of each service's live replicas (their heartbeats, see
 * rpc-liveness), refreshed in the background: `/health` reads it, and a request to a service
 * with no live replica is refused at once instead of waiting out its deadline.
 */
@Injectable()
export class ServiceLiveness implements OnModuleInit, OnApplicationShutdown {
  private readonly redis: Redis;
  private view: LivenessView;
  private timer?: NodeJS.Timeout;
  private refreshing?: Promise<void>;
  private readonly rechecks = new Map<ServiceName, Promise<boolean>>();

  constructor(private readonly config: GatewayConfig) {
    this.redis = createFailFastRedis(config.REDIS_URL, 'gateway:liveness', {
      commandTimeout: config.HEALTH_TIMEOUT_MS,
    });
    this.view = {
      redis: 'down',
      services: Object.fromEntries(SERVICE_NAMES.map((name) => [name, 'down'])) as Record<ServiceName, State>,
    };
  }

  async onModuleInit(): Promise<void> {
    await waitUntilReady(this.redis, this.config.HEALTH_TIMEOUT_MS);
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.config.HEALTH_REFRESH_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.refreshing;
    await closeRedis(this.redis);
  }

  current(): LivenessView {
    return this.view;
  }

  /**
   * Whether `service` has a live replica. Up in the view is believed; down is checked once more
   * against Redis (one command, shared by concurrent callers), so a replica that has just
   * started is used at once.
   */
  async isLive(service: ServiceName): Promise<boolean> {
    if (this.view.services[service] === 'up') return true;
    let recheck = this.rechecks.get(service);
    if (!recheck) {
      recheck = this.count(service)
        .then((live) => live > 0)
        .finally(() => this.rechecks.delete(service));
      this.rechecks.set(service, recheck);
    }
    return recheck;
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.read().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async read(): Promise<void> {
    const [redis, ...counts] = await Promise.all([
      this.redis.ping().then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      ...SERVICE_NAMES.map((service) => this.count(service)),
    ]);
    this.view = {
      redis,
      services: Object.fromEntries(
        SERVICE_NAMES.map((name, i) => [name, counts[i] > 0 ? 'up' : 'down']),
      ) as Record<ServiceName, State>,
    };
  }

  /** Live replicas of `service`; none when Redis cannot say. */
  private count(service: ServiceName): Promise<number> {
    return liveReplicas(this.redis, livenessKey(this.config.BULLMQ_PREFIX, service)).catch(() => 0);
  }
}
