import { CommonError, DomainError, isRpcErrorPayload, type RpcErrorPayload } from '@app/contracts';
import { runWithRequestId } from '@app/observability';
import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { lastValueFrom } from 'rxjs';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { closeRedis, createBlockingRedis, sleep, withTimeout } from '../redis-connection';
import { REQUEST_FIELD, requestStreamKey } from './rpc-keys';
import { beat, HEARTBEAT_EVERY_MS, HEARTBEAT_TTL_MS, leave, livenessKey } from './rpc-liveness';
import type { WireReply, WireRequest } from './rpc-wire';

export interface StreamsServerOptions {
  redisUrl: string;
  keyPrefix: string;
  /** The service name: its stream is `<prefix>:rpc:<service>`, its consumer group `<service>`. */
  service: string;
  /** How many requests one replica works on at once. */
  concurrency?: number;
  /** How long an entry may sit unacknowledged at a replica before another claims it. */
  claimIdleMs?: number;
  blockMs?: number;
  /** How long `close()` waits for requests in flight. */
  drainTimeoutMs?: number;
  /** A consumer of the group idle this long with nothing pending is a replica that is gone. */
  staleConsumerMs?: number;
  /** How long one heartbeat keeps this replica known alive to gateways (see rpc-liveness). */
  heartbeatTtlMs?: number;
  /** One line per handled request (pattern, duration, outcome), with its request id. */
  logger?: Logger;
  /** Wraps the handling of each request (idempotent writes: ADR 0013). */
  aroundHandler?: RequestHook;
}

/** Handles `request` by calling `handle` (or not, to answer from a record instead). */
export type RequestHook = (request: WireRequest, handle: () => Promise<WireReply>) => Promise<WireReply>;

type StreamEntry = [id: string, fields: string[]];

/**
 * Nest microservice transport over a Redis Streams consumer group: each replica is a consumer,
 * so exactly one replica handles a request; answers go to the list the waiting gateway blocks on.
 * Entries held by a replica that died are claimed by another while still within their deadline.
 */
export class StreamsServer extends Server implements CustomTransportStrategy {
  readonly consumer = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  private readonly stream: string;
  private readonly group: string;
  private readonly concurrency: number;
  private readonly claimIdleMs: number;
  private readonly blockMs: number;
  private readonly drainTimeoutMs: number;
  private readonly alive: string;
  private readonly staleConsumerMs: number;
  private announcing = false;
  private reader?: Redis;
  private writer?: Redis;
  private running = false;
  private readLoopDone?: Promise<void>;
  private timers: NodeJS.Timeout[] = [];
  private readonly inFlight = new Map<string, Promise<void>>();
  private capacityWaiter?: () => void;

  constructor(private readonly options: StreamsServerOptions) {
    super();
    this.stream = requestStreamKey(options.keyPrefix, options.service);
    this.group = options.service;
    this.concurrency = options.concurrency ?? 32;
    this.claimIdleMs = options.claimIdleMs ?? 3000;
    this.blockMs = options.blockMs ?? 1000;
    this.drainTimeoutMs = options.drainTimeoutMs ?? 15_000;
    this.alive = livenessKey(options.keyPrefix, options.service);
    this.staleConsumerMs = options.staleConsumerMs ?? 10 * 60_000;
  }

  async listen(callback: (...optionalParams: unknown[]) => void): Promise<void> {
    this.reader = createBlockingRedis(this.options.redisUrl, `${this.group}:rpc-reader`);
    this.writer = createBlockingRedis(this.options.redisUrl, `${this.group}:rpc-writer`);
    await this.ensureGroup();
    this.running = true;
    this.readLoopDone = this.readLoop();
    this.timers.push(setInterval(() => void this.reclaim(), Math.max(250, this.claimIdleMs / 2)));
    this.timers.push(setInterval(() => void this.heartbeat(), Math.max(250, this.claimIdleMs / 3)));
    await this.announce();
    this.timers.push(setInterval(() => void this.announce(), HEARTBEAT_EVERY_MS));
    this.timers.push(setInterval(() => void this.forgetStaleConsumers(), this.staleConsumerMs));
    callback();
  }

  async close(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.timers.forEach(clearInterval);
    await withTimeout(leave(this.writer!, this.alive, this.consumer), 1000, 'leaving').catch(() => undefined);
    this.capacityWaiter?.();
    // Interrupts the blocking read; an entry it was about to deliver stays pending and is claimed by a peer.
    this.reader?.disconnect();
    // A read queued while Redis is away never settles, even on disconnect: do not wait for it.
    await withTimeout(this.readLoopDone ?? Promise.resolve(), 1000, 'the read loop').catch(() => undefined);
    const drained = Promise.allSettled([...this.inFlight.values()]);
    await withTimeout(drained, this.drainTimeoutMs, 'draining requests in flight').catch((error: unknown) => {
      this.logger.warn?.(String(error));
    });
    if (this.writer) await closeRedis(this.writer);
  }

  on(): never {
    throw new Error('StreamsServer does not emit events');
  }

  unwrap<T>(): T {
    return this.writer as T;
  }

  /** Requests currently being worked on by this replica. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  private async ensureGroup(): Promise<void> {
    try {
      // `0`: a request queued before the service's first start is still served (or dropped if expired).
      await this.writer!.xgroup('CREATE', this.stream, this.group, '0', 'MKSTREAM');
    } catch (error) {
      if (!String(error).includes('BUSYGROUP')) throw error;
    }
  }

  private async readLoop(): Promise<void> {
    while (this.running) {
      const free = this.concurrency - this.inFlight.size;
      if (free <= 0) {
        await new Promise<void>((resolve) => (this.capacityWaiter = resolve));
        continue;
      }
      try {
        const result = (await this.reader!.xreadgroup(
          'GROUP',
          this.group,
          this.consumer,
          'COUNT',
          free,
          'BLOCK',
          this.blockMs,
          'STREAMS',
          this.stream,
          '>',
        )) as [string, StreamEntry[]][] | null;
        for (const [, entries] of result ?? []) entries.forEach((entry) => this.dispatch(entry));
      } catch (error) {
        if (!this.running) break;
        if (String(error).includes('NOGROUP')) await this.ensureGroup().catch(() => undefined);
        else this.logger.warn?.(`request stream read failed: ${String(error)}`);
        await sleep(200);
      }
    }
  }

  private dispatch([entryId, fields]: StreamEntry): void {
    if (this.inFlight.has(entryId)) return;
    const work = this.process(entryId, fields).finally(() => {
      this.inFlight.delete(entryId);
      const waiter = this.capacityWaiter;
      this.capacityWaiter = undefined;
      waiter?.();
    });
    this.inFlight.set(entryId, work);
  }

  private async process(entryId: string, fields: string[] | null): Promise<void> {
    const request = parseRequest(fields);
    if (!request || request.deadline < Date.now()) {
      await this.finish(entryId);
      return;
    }
    const started = performance.now();
    const reply = await runWithRequestId(request.requestId ?? request.id, async () => {
      const handle = () => this.answer(request);
      const answer = await (this.options.aroundHandler?.(request, handle) ?? handle());
      this.options.logger?.info(
        {
          pattern: request.pattern,
          ms: Math.round(performance.now() - started),
          outcome: answer.err?.code ?? 'ok',
        },
        'request handled',
      );
      return answer;
    });
    await this.deliver(request, reply, entryId);
  }

  private async answer(request: WireRequest): Promise<WireReply> {
    const handler = this.getHandlerByPattern(request.pattern);
    if (!handler) {
      return {
        id: request.id,
        err: { code: CommonError.NotFound, message: `No handler for ${request.pattern}` },
      };
    }
    try {
      const produced: unknown = await handler(request.data);
      const result: unknown = await lastValueFrom(this.transformToObservable(produced), {
        defaultValue: null,
      });
      return { id: request.id, response: result };
    } catch (error) {
      return { id: request.id, err: toRpcError(error) };
    }
  }

  private async deliver(request: WireRequest, reply: WireReply, entryId: string): Promise<void> {
    // The reply list lives a little past the deadline, so a gateway that died leaves nothing behind.
    const ttl = Math.max(1000, request.deadline - Date.now() + 5000);
    for (let attempt = 0; this.running || attempt === 0; attempt++) {
      try {
        await this.writer!.multi()
          .lpush(request.replyTo, JSON.stringify(reply))
          .pexpire(request.replyTo, ttl)
          .xack(this.stream, this.group, entryId)
          .xdel(this.stream, entryId)
          .exec();
        return;
      } catch (error) {
        if (Date.now() > request.deadline) return;
        this.logger.warn?.(`reply to ${request.id} failed, retrying: ${String(error)}`);
        await sleep(100);
      }
    }
  }

  private async finish(entryId: string): Promise<void> {
    await this.writer!.multi().xack(this.stream, this.group, entryId).xdel(this.stream, entryId).exec();
  }

  /** Claims entries another replica left idle too long (it died or hung). */
  private async reclaim(): Promise<void> {
    if (!this.running || this.inFlight.size >= this.concurrency) return;
    try {
      const [, entries] = (await this.writer!.xautoclaim(
        this.stream,
        this.group,
        this.consumer,
        this.claimIdleMs,
        '0-0',
        'COUNT',
        this.concurrency - this.inFlight.size,
      )) as [string, StreamEntry[]];
      entries.forEach((entry) => this.dispatch(entry));
    } catch {
      // Redis away: the next tick tries again.
    }
  }

  /** Tells gateways this replica reads its stream, so they send it requests rather than answer 503. */
  private async announce(): Promise<void> {
    if (this.announcing) return;
    this.announcing = true;
    try {
      await beat(this.writer!, this.alive, this.consumer, this.options.heartbeatTtlMs ?? HEARTBEAT_TTL_MS);
    } catch {
      // Redis away: gateways cannot reach this replica either until it is back.
    } finally {
      this.announcing = false;
    }
  }

  /**
   * Removes from the group the consumers of replicas that are gone (stopped or killed long ago):
   * idle past `staleConsumerMs`, holding no entry (what they held has been claimed by now).
   */
  async forgetStaleConsumers(): Promise<string[]> {
    const forgotten: string[] = [];
    try {
      const consumers = (await this.writer!.xinfo('CONSUMERS', this.stream, this.group)) as unknown[][];
      for (const fields of consumers) {
        const info = Object.fromEntries(
          Array.from({ length: fields.length / 2 }, (_, i) => [String(fields[2 * i]), fields[2 * i + 1]]),
        );
        const name = String(info.name);
        if (name === this.consumer || Number(info.pending) > 0 || Number(info.idle) < this.staleConsumerMs)
          continue;
        await this.writer!.xgroup('DELCONSUMER', this.stream, this.group, name);
        forgotten.push(name);
      }
    } catch {
      // Redis away, or the group is being made again: the next sweep tries again.
    }
    return forgotten;
  }

  /** Resets the idle time of this replica's entries in flight so a slow request is never stolen. */
  private async heartbeat(): Promise<void> {
    if (this.inFlight.size === 0) return;
    try {
      await this.writer!.xclaim(this.stream, this.group, this.consumer, 0, ...this.inFlight.keys(), 'JUSTID');
    } catch {
      // Redis away: nothing to keep alive until it is back.
    }
  }
}

function parseRequest(fields: string[] | null): WireRequest | undefined {
  if (!fields) return undefined;
  const index = fields.indexOf(REQUEST_FIELD);
  if (index < 0) return undefined;
  try {
    return JSON.parse(fields[index + 1]) as WireRequest;
  } catch {
    return undefined;
  }
}

function toRpcError(error: unknown): RpcErrorPayload {
  if (error instanceof DomainError) return error.toPayload();
  if (isRpcErrorPayload(error)) return error;
  return { code: CommonError.Internal, message: 'Internal error' };
}
