import {
  type Actor,
  FeedbackPattern,
  isRpcErrorPayload,
  NOBODY,
  type Page,
  ProgrammeError,
  PSEUDONYM_PREFIX,
  runsProgrammes,
} from '@app/contracts';
import { runWithRequestId } from '@app/observability';
import { Injectable } from '@nestjs/common';
import { createHmac, randomUUID } from 'node:crypto';
import { GatewayConfig } from '../gateway.config';
import { ServiceClients } from '../rpc/service-clients';
import { type Dated, mergedPage } from './merged-page';

/**
 * A student's feedback as its author (ADR 0007). The programmes service never receives the
 * identity of an anonymous author: for anonymous feedback the gateway sends a pseudonymous actor
 * `{ sub: 'anon:<HMAC(FEEDBACK_AUTHOR_SECRET, sub)>', roles, school }`, under a request id of its
 * own (the request's id would join it to the caller's other requests and to the gateway's log),
 * and no request carries both the identity and the key, or the identity and an anonymous item.
 */
@Injectable()
export class FeedbackAuthors {
  private readonly secret: string;

  constructor(
    config: GatewayConfig,
    private readonly services: ServiceClients,
  ) {
    this.secret = config.FEEDBACK_AUTHOR_SECRET;
  }

  pseudonym(actor: Actor): Actor {
    const key = createHmac('sha256', this.secret).update(actor.sub).digest('base64url');
    return { sub: `${PSEUDONYM_PREFIX}${key}`, roles: actor.roles, school: actor.school };
  }

  submit<T>(actor: Actor, body: { anonymous?: boolean }): Promise<T> {
    return body.anonymous
      ? this.asPseudonym(FeedbackPattern.Submit, actor, body)
      : this.services.callUntyped('programmes', FeedbackPattern.Submit, actor, body);
  }

  /**
   * Staff list as themselves. A student's list is two: their named feedback (and, for a rep, their
   * groups') by identity, their anonymous feedback by pseudonym, merged newest first.
   */
  list<T extends Dated>(actor: Actor, query: object): Promise<Page<T>> {
    const asked = query as { page?: number; limit?: number };
    if (runsProgrammes(actor)) return this.services.callUntyped('programmes', FeedbackPattern.List, actor, query);
    return mergedPage<T>(
      (page, limit) => this.asPseudonym(FeedbackPattern.List, actor, { ...query, page, limit }),
      (page, limit) =>
        this.services.callUntyped('programmes', FeedbackPattern.List, actor, { ...query, page, limit }),
      asked.page ?? 1,
      asked.limit ?? 50,
    );
  }

  /**
   * Get or escalate one item. Staff act as themselves. For anyone else the gateway first asks, on
   * nobody's behalf, whether the item is anonymous; if it is, the caller acts under their pseudonym
   * (its author), and a rep who is not its author then acts as its group's rep.
   */
  async onItem<T>(
    pattern: string,
    actor: Actor,
    payload: { feedbackId: string; body?: unknown },
  ): Promise<T> {
    if (runsProgrammes(actor)) return this.services.callUntyped('programmes', pattern, actor, payload);
    const { anonymous } = await this.asNobody<{ anonymous: boolean }>(FeedbackPattern.Anonymity, {
      feedbackId: payload.feedbackId,
    });
    if (!anonymous) return this.services.callUntyped('programmes', pattern, actor, payload);
    try {
      return await this.asPseudonym<T>(pattern, actor, payload);
    } catch (error) {
      const notTheirs = isRpcErrorPayload(error) && error.code === ProgrammeError.NotFound;
      if (!notTheirs || !actor.roles.includes('student_rep')) throw error;
      return this.services.callUntyped('programmes', pattern, actor, payload);
    }
  }

  private asPseudonym<T>(pattern: string, actor: Actor, payload: unknown): Promise<T> {
    return runWithRequestId(randomUUID(), () =>
      this.services.callUntyped<T>('programmes', pattern, this.pseudonym(actor), payload),
    );
  }

  private asNobody<T>(pattern: string, payload: unknown): Promise<T> {
    return runWithRequestId(randomUUID(), () =>
      this.services.callUntyped<T>('programmes', pattern, NOBODY, payload),
    );
  }
}
