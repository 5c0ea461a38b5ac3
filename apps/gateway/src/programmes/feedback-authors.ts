import {
  type Actor,
  FeedbackPattern,
  type FeedbackView,
  isRpcErrorPayload,
  type ListFeedbackQuery,
  NOBODY,
  type Page,
  type PatternOf,
  ProgrammeError,
  PSEUDONYM_PREFIX,
  type ReplyOf,
  type RequestOf,
  runsProgrammes,
  type SubmitFeedbackDto,
} from '@app/contracts';
import { runWithRequestId } from '@app/observability';
import { Injectable } from '@nestjs/common';
import { createHmac, randomUUID } from 'node:crypto';
import { GatewayConfig } from '../gateway.config';
import { ServiceClients } from '../rpc/service-clients';
import { mergedPage } from './merged-page';

/** What the gateway does to one item as its author when the item is anonymous. */
type ItemPattern = typeof FeedbackPattern.Get | typeof FeedbackPattern.Escalate;

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

  submit(actor: Actor, body: SubmitFeedbackDto): Promise<FeedbackView> {
    return body.anonymous
      ? this.asPseudonym(FeedbackPattern.Submit, actor, body)
      : this.services.call('programmes', FeedbackPattern.Submit, actor, body);
  }

  /**
   * Staff list as themselves. A student's list is two: their named feedback (and, for a rep, their
   * groups') by identity, their anonymous feedback by pseudonym, merged newest first.
   */
  list(actor: Actor, query: ListFeedbackQuery): Promise<Page<FeedbackView>> {
    if (runsProgrammes(actor)) return this.services.call('programmes', FeedbackPattern.List, actor, query);
    return mergedPage<FeedbackView>(
      (page, limit) => this.asPseudonym(FeedbackPattern.List, actor, { ...query, page, limit }),
      (page, limit) =>
        this.services.call('programmes', FeedbackPattern.List, actor, { ...query, page, limit }),
      query.page ?? 1,
      query.limit ?? 50,
    );
  }

  /**
   * Get or escalate one item. Staff act as themselves. For anyone else the gateway first asks, on
   * nobody's behalf, whether the item is anonymous; if it is, the caller acts under their pseudonym
   * (its author), and a rep who is not its author then acts as its group's rep.
   */
  async onItem<P extends ItemPattern>(
    pattern: P,
    actor: Actor,
    payload: RequestOf<'programmes', P> & { feedbackId: string },
  ): Promise<ReplyOf<'programmes', P>> {
    if (runsProgrammes(actor)) return this.services.call('programmes', pattern, actor, payload);
    const { anonymous } = await this.asNobody(FeedbackPattern.Anonymity, { feedbackId: payload.feedbackId });
    if (!anonymous) return this.services.call('programmes', pattern, actor, payload);
    try {
      return await this.asPseudonym(pattern, actor, payload);
    } catch (error) {
      const notTheirs = isRpcErrorPayload(error) && error.code === ProgrammeError.NotFound;
      if (!notTheirs || !actor.roles.includes('student_rep')) throw error;
      return this.services.call('programmes', pattern, actor, payload);
    }
  }

  private asPseudonym<P extends PatternOf<'programmes'>>(
    pattern: P,
    actor: Actor,
    payload: RequestOf<'programmes', P>,
  ): Promise<ReplyOf<'programmes', P>> {
    return runWithRequestId(randomUUID(), () =>
      this.services.call('programmes', pattern, this.pseudonym(actor), payload),
    );
  }

  private asNobody<P extends PatternOf<'programmes'>>(
    pattern: P,
    payload: RequestOf<'programmes', P>,
  ): Promise<ReplyOf<'programmes', P>> {
    return runWithRequestId(randomUUID(), () => this.services.call('programmes', pattern, NOBODY, payload));
  }
}
