import { CommonError } from '@app/contracts';
import { currentRequestId } from '@app/observability';
import { ClientProxy, type ReadPacket, type WritePacket } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  closeRedis,
  createBlockingRedis,
  createFailFastRedis,
  sleep,
  waitUntilReady,
  withTimeout,
} from '../redis-connection';
import { REQUEST_FIELD, replyListKey, requestStreamKey } from './rpc-keys';
import type { WireReply, WireRequest } from './rpc-wire';

export interface StreamsClientOptions {
  redisUrl: string;
  keyPrefix: string;
  /** The service this client talks to. */
  service: string;
  /** The deadline given to every request, in milliseconds. */
  timeoutMs: number;
  /** Upper bound of the request stream's length (approximate trimming). */
  maxStreamLength?: number;
}

interface Pending {
  callback: (packet: WritePacket) => void;
  timer: NodeJS.Timeout;
  /** The request is in the service's stream: past this point its outcome is unknown until a reply comes. */
  handedOver: boolean;
}

/**
 * Gateway side of the request transport: adds a request to the service's stream with a
 * deadline and the key of this instance's reply list, and answers the caller when the reply
 * arrives. Failures say whether the request was handed over: `common.unavailable` when it never
 * reached the stream (or the reply connection broke), `common.no_reply` when it did and no reply
 * came by the deadline (the outcome is unknown).
 */
export class StreamsClient extends ClientProxy {
  private readonly instanceId = randomUUID();
  private readonly stream: string;
  private readonly replyKey: string;
  private readonly pending = new Map<string, Pending>();
  private writer?: Redis;
  private reader?: Redis;
  private running = false;
  private connecting?: Promise<void>;
  private replyLoopDone?: Promise<void>;

  constructor(private readonly options: StreamsClientOptions) {
    super();
    this.stream = requestStreamKey(options.keyPrefix, options.service);
    this.replyKey = replyListKey(options.keyPrefix, `${options.service}:${this.instanceId}`);
  }

  connect(): Promise<void> {
    this.connecting ??= this.open();
    return this.connecting;
  }

  private async open(): Promise<void> {
    this.writer = createFailFastRedis(this.options.redisUrl, `gateway:rpc:${this.options.service}`);
    this.reader = createBlockingRedis(this.options.redisUrl, `gateway:rpc-replies:${this.options.service}`);
    // A reply pushed while the reader is away may be lost with Redis: nobody can say it will come.
    this.reader.on('close', () =>
      this.failAll(CommonError.Unavailable, 'The connection to the message broker was lost'),
    );
    this.running = true;
    this.replyLoopDone = this.replyLoop();
    // Fail-fast commands are refused until the connection is ready: wait for it, briefly.
    await waitUntilReady(this.writer, 2000);
  }

  async close(): Promise<void> {
    this.running = false;
    this.reader?.disconnect();
    // A read queued while Redis is away never settles, even on disconnect: do not wait for it.
    await withTimeout(this.replyLoopDone ?? Promise.resolve(), 1000, 'the reply loop').catch(() => undefined);
    for (const [, pending] of this.pending) clearTimeout(pending.timer);
    this.pending.clear();
    if (this.writer) await closeRedis(this.writer);
    this.connecting = undefined;
  }

  unwrap<T>(): T {
    return this.writer as T;
  }

  protected publish(packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    const id = randomUUID();
    const deadline = Date.now() + this.options.timeoutMs;
    const fail = (code: string, message: string) => {
      if (!this.settle(id)) return;
      callback({ err: { code, message }, isDisposed: true });
    };
    const service = this.options.service;
    const timer = setTimeout(() => {
      if (this.pending.get(id)?.handedOver) {
        fail(
          CommonError.NoReply,
          `${service} did not answer within ${this.options.timeoutMs} ms; the request was handed over, ` +
            'so whether it was done is unknown: retrying with the same Idempotency-Key header is safe',
        );
      } else fail(CommonError.Unavailable, `${service} could not be reached; try again shortly`);
    }, this.options.timeoutMs);
    const pending: Pending = { callback, timer, handedOver: false };
    this.pending.set(id, pending);
    const request: WireRequest = {
      id,
      pattern: this.normalizePattern(packet.pattern as string),
      data: packet.data,
      deadline,
      replyTo: this.replyKey,
      requestId: currentRequestId(),
    };
    this.writer!.xadd(
      this.stream,
      'MAXLEN',
      '~',
      this.options.maxStreamLength ?? 100_000,
      '*',
      REQUEST_FIELD,
      JSON.stringify(request),
    ).then(
      () => (pending.handedOver = true),
      () => fail(CommonError.Unavailable, 'The message broker is not reachable; try again shortly'),
    );
    return () => this.settle(id);
  }

  protected dispatchEvent<T = unknown>(): Promise<T> {
    return Promise.reject(new Error('Events travel through the outbox, not the request transport'));
  }

  private failAll(code: string, message: string): void {
    for (const [id, pending] of this.pending) {
      if (this.settle(id)) pending.callback({ err: { code, message }, isDisposed: true });
    }
  }

  private settle(id: string): boolean {
    const pending = this.pending.get(id);
    if (!pending) return false;
    clearTimeout(pending.timer);
    this.pending.delete(id);
    return true;
  }

  private async replyLoop(): Promise<void> {
    while (this.running) {
      try {
        const result = await this.reader!.blmpop(1, 1, this.replyKey, 'RIGHT', 'COUNT', 256);
        for (const raw of result?.[1] ?? []) this.onReply(raw);
      } catch {
        if (!this.running) break;
        await sleep(200);
      }
    }
  }

  private onReply(raw: string): void {
    let reply: WireReply;
    try {
      reply = JSON.parse(raw) as WireReply;
    } catch {
      return;
    }
    const pending = this.pending.get(reply.id);
    if (!pending || !this.settle(reply.id)) return;
    if (reply.err) pending.callback({ err: reply.err, isDisposed: true });
    else pending.callback({ response: reply.response, isDisposed: true });
  }
}
