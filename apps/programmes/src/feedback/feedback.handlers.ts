import { FeedbackPattern, type RpcRequest } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { Handles } from '@app/messaging';
import { Payload } from '@nestjs/microservices';
import { FeedbackService } from './feedback.service';

@Controller()
export class FeedbackHandlers {
  constructor(private readonly feedback: FeedbackService) {}

  @Handles('programmes', FeedbackPattern.Submit)
  submit(@Payload() { actor, payload }: RpcRequest<'programmes', typeof FeedbackPattern.Submit>) {
    return this.feedback.submit(actor, payload);
  }

  @Handles('programmes', FeedbackPattern.List)
  list(@Payload() { actor, payload }: RpcRequest<'programmes', typeof FeedbackPattern.List>) {
    return this.feedback.list(actor, payload);
  }

  @Handles('programmes', FeedbackPattern.Get)
  get(@Payload() { actor, payload }: RpcRequest<'programmes', typeof FeedbackPattern.Get>) {
    return this.feedback.get(actor, payload.feedbackId);
  }

  @Handles('programmes', FeedbackPattern.Anonymity)
  anonymity(@Payload() { payload }: RpcRequest<'programmes', typeof FeedbackPattern.Anonymity>) {
    return this.feedback.anonymity(payload.feedbackId);
  }

  @Handles('programmes', FeedbackPattern.Respond)
  respond(@Payload() { actor, payload }: RpcRequest<'programmes', typeof FeedbackPattern.Respond>) {
    return this.feedback.respond(actor, payload.feedbackId, payload.body);
  }

  @Handles('programmes', FeedbackPattern.Escalate)
  escalate(@Payload() { actor, payload }: RpcRequest<'programmes', typeof FeedbackPattern.Escalate>) {
    return this.feedback.escalate(actor, payload.feedbackId, payload.body);
  }

  @Handles('programmes', FeedbackPattern.Close)
  close(@Payload() { actor, payload }: RpcRequest<'programmes', typeof FeedbackPattern.Close>) {
    return this.feedback.close(actor, payload.feedbackId, payload.body);
  }

  @Handles('programmes', FeedbackPattern.YouSaidWeDid)
  youSaidWeDid(@Payload() { payload }: RpcRequest<'programmes', typeof FeedbackPattern.YouSaidWeDid>) {
    return this.feedback.youSaidWeDid(payload);
  }
}
