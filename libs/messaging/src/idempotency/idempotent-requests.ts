import {
  CommonError,
  IdempotencyError,
  type IdempotencyToken,
  isFinalError,
  type RpcErrorPayload,
} from '@app/contracts';
import { IdempotencyRecords } from '@app/database';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { WireReply, WireRequest } from '../rpc/rpc-wire';
import type { RequestHook } from '../rpc/streams.server';

const IN_FLIGHT: RpcErrorPayload = {
  code: IdempotencyError.InFlight,
  message: 'A request with this Idempotency-Key is still being worked on; retry once it has finished',
};

const KEY_REUSED: RpcErrorPayload = {
  code: IdempotencyError.KeyReused,
  message: 'This Idempotency-Key was already used for a different request',
  details: [{ field: 'Idempotency-Key', problem: 'was already used with a different method, path or body' }],
};

/** Rolls the handler's savepoint back while keeping its answer. */
class Refused extends Error {
  constructor(readonly reply: WireReply) {
    super('request refused');
  }
}

/**
 * Runs a request that carries an idempotency token exactly once per (caller, key) (ADR 0013):
 * in one transaction it takes the (caller, key) lock, replays a recorded answer if there is one,
 * else runs the handler and records its final answer before commit. The services' injected
 * `EntityManager` and their own `em.transactional` calls join that transaction through
 * MikroORM's transaction context. Requests without a token are handled as before.
 */
export function idempotentRequests(orm: MikroORM, logger?: Logger): RequestHook {
  const records = new IdempotencyRecords(orm.config.get('schema') ?? 'public');
  return async (request, handle) => {
    const token = tokenOf(request);
    if (!token) return handle();
    try {
      return await orm.em.fork().transactional((em) => answerOnce(em, records, token, request.id, handle));
    } catch (error) {
      logger?.error({ err: error }, 'idempotent request failed');
      return { id: request.id, err: { code: CommonError.Internal, message: 'Internal error' } };
    }
  };
}

async function answerOnce(
  em: EntityManager,
  records: IdempotencyRecords,
  token: IdempotencyToken,
  id: string,
  handle: () => Promise<WireReply>,
): Promise<WireReply> {
  if (!(await records.tryLock(em, token))) return { id, err: IN_FLIGHT };
  const earlier = await records.find(em, token);
  if (earlier) {
    if (earlier.fingerprint !== token.fingerprint) return { id, err: KEY_REUSED };
    return { ...(earlier.reply as Omit<WireReply, 'id'>), id };
  }
  let reply: WireReply;
  try {
    // A savepoint: a refused request's changes roll back, and the lock stays held while its answer is recorded.
    reply = await em.transactional(async () => {
      const answered = await handle();
      if (answered.err) throw new Refused(answered);
      return answered;
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    reply = error.reply;
  }
  if (!reply.err || isFinalError(reply.err.code)) {
    await records.save(em, token, {
      fingerprint: token.fingerprint,
      reply: reply.err ? { err: reply.err } : { response: reply.response },
    });
  }
  return reply;
}

function tokenOf(request: WireRequest): IdempotencyToken | undefined {
  const token = (request.data as { idempotency?: Partial<IdempotencyToken> } | null)?.idempotency;
  if (
    typeof token?.caller === 'string' &&
    typeof token.key === 'string' &&
    typeof token.fingerprint === 'string'
  ) {
    return token as IdempotencyToken;
  }
  return undefined;
}
