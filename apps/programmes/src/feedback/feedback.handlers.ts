import { FeedbackPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { FeedbackService } from './feedback.service';

type IdPayload = RpcEnvelope<{ feedbackId: string; body?: unknown }>;

@Controller()
export class FeedbackHandlers {
  constructor(private readonly feedback: FeedbackService) {}

  @MessagePattern(FeedbackPattern.Submit)
  submit(@Payload() { actor, payload }: RpcEnvelope) {
    return this.feedback.submit(actor, payload);
  }

  @MessagePattern(FeedbackPattern.List)
  list(@Payload() { actor, payload }: RpcEnvelope) {
    return this.feedback.list(actor, payload);
  }

  @MessagePattern(FeedbackPattern.Get)
  get(@Payload() { actor, payload }: IdPayload) {
    return this.feedback.get(actor, payload.feedbackId);
  }

  @MessagePattern(FeedbackPattern.Anonymity)
  anonymity(@Payload() { payload }: IdPayload) {
    return this.feedback.anonymity(payload.feedbackId);
  }

  @MessagePattern(FeedbackPattern.Respond)
  respond(@Payload() { actor, payload }: IdPayload) {
    return this.feedback.respond(actor, payload.feedbackId, payload.body);
  }

  @MessagePattern(FeedbackPattern.Escalate)
  escalate(@Payload() { actor, payload }: IdPayload) {
    return this.feedback.escalate(actor, payload.feedbackId, payload.body);
  }

  @MessagePattern(FeedbackPattern.Close)
  close(@Payload() { actor, payload }: IdPayload) {
    return this.feedback.close(actor, payload.feedbackId, payload.body);
  }

  @MessagePattern(FeedbackPattern.YouSaidWeDid)
  youSaidWeDid(@Payload() { payload }: RpcEnvelope) {
    return this.feedback.youSaidWeDid(payload);
  }
}
