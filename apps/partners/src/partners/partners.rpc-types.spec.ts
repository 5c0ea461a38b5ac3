import { PartnerPattern, type RpcRequest } from '@app/contracts';
import { Handles } from '@app/messaging';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { PartnersHandlers } from './partners.handlers';

/** Never run: tsc (`npm run typecheck`) checks that each line marked below does not compile. */
export function typeChecks(): void {
  class WrongHandlers {
    // @ts-expect-error: a `partners.get` handler must answer the PartnerDetailView, not a bare partner id
    @Handles('partners', PartnerPattern.Get)
    get({ payload }: RpcRequest<'partners', 'partners.get'>): { id: string } {
      return { id: payload.partnerId };
    }

    // @ts-expect-error: a `partners.archive` handler receives `{ partnerId }`, not `{ enquiryId }`
    @Handles('partners', PartnerPattern.Archive)
    archive(_request: { payload: { enquiryId: string } }): { archived: true } {
      return { archived: true };
    }
  }
  void WrongHandlers;
}

describe('partners handlers', () => {
  it('answer the patterns RpcMap types them by', () => {
    const patternOf = (method: keyof PartnersHandlers): unknown =>
      Reflect.getMetadata(PATTERN_METADATA, PartnersHandlers.prototype[method]);
    expect(patternOf('get')).toEqual([PartnerPattern.Get]);
    expect(patternOf('update')).toEqual([PartnerPattern.Update]);
    expect(patternOf('lookup')).toEqual(['partners.lookup']);
  });
});
