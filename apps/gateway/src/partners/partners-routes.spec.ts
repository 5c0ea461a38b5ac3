import { type Actor, EnquiryPattern, PartnerPattern, type Role } from '@app/contracts';
import { ROLES_ALLOWED } from '../auth/auth.decorators';
import type { ServiceClients } from '../rpc/service-clients';
import { EnquiriesController } from './enquiries.controller';
import { PartnerChildControllers } from './partner-children.controller';
import { PartnersController } from './partners.controller';

// The role lists the routes had before the permission matrix: it must give exactly these.
const WRITERS: Role[] = ['commercialisation', 'admin'];
const READERS: Role[] = ['commercialisation', 'admin', 'leadership', 'faculty'];
const STAFF: Role[] = ['commercialisation', 'admin', 'faculty', 'leadership', 'partnership_staff'];

function rolesOf(controller: object, method: string): Role[] {
  const handler = (controller as { prototype: Record<string, object> }).prototype[method];
  return [...(Reflect.getMetadata(ROLES_ALLOWED, handler) as Role[])].sort();
}

describe('partners routes: who may call them (the permission matrix)', () => {
  it.each([
    ['create', WRITERS],
    ['list', READERS],
    ['get', READERS],
    ['update', WRITERS],
    ['archive', WRITERS],
  ])('/partners %s: the roles it always allowed', (method, roles) => {
    expect(rolesOf(PartnersController, method)).toEqual([...roles].sort());
  });

  it.each(
    PartnerChildControllers.flatMap((controller) =>
      (
        [
          ['list', READERS],
          ['create', WRITERS],
          ['update', WRITERS],
          ['remove', WRITERS],
        ] as const
      ).map(([method, roles]) => [controller.name, method, roles, controller] as const),
    ),
  )('%s %s: the roles it always allowed', (_name, method, roles, controller) => {
    expect(rolesOf(controller, method)).toEqual([...roles].sort());
  });

  it.each([
    ['create', STAFF],
    ['list', STAFF],
    ['get', STAFF],
    ['transition', WRITERS],
  ])('/partners/enquiries %s: the roles it always allowed', (method, roles) => {
    expect(rolesOf(EnquiriesController, method)).toEqual([...roles].sort());
  });
});

/** Never run: tsc (`npm run typecheck`) checks that each line marked below does not compile. */
export function typeChecks(services: ServiceClients, actor: Actor): void {
  void services.call('partners', PartnerPattern.Get, actor, { partnerId: 'p' });
  // @ts-expect-error: `partners.get` takes `{ partnerId }`, not `{ id }`
  void services.call('partners', PartnerPattern.Get, actor, { id: 'p' });
  // @ts-expect-error: `partners.update` needs the body with its `version`
  void services.call('partners', PartnerPattern.Update, actor, { partnerId: 'p', body: { name: 'n' } });
  // @ts-expect-error: `partners.enquiries.transition` is the partners service's, not activities'
  void services.call('activities', EnquiryPattern.Transition, actor, { enquiryId: 'e' });
  void services.call('partners', PartnerPattern.Get, actor, { partnerId: 'p' }).then((partner) => {
    // @ts-expect-error: the detail view has no `contact` (it is `contacts`)
    void partner.contact;
    return partner.members.map((member) => member.memberName);
  });
}
