import type { Permission, PermissionMatrix } from './permission';

const WRITE: Permission = { commercialisation: 'all', admin: 'all' };
/** Faculty staff read every partner and its records (agreement values aside: the service hides them). */
const READ: Permission = { commercialisation: 'all', admin: 'all', leadership: 'all', faculty: 'all' };

const child = (kind: 'contacts' | 'goals' | 'agreements' | 'members') => ({
  [`partners.${kind}.list`]: READ,
  [`partners.${kind}.create`]: WRITE,
  [`partners.${kind}.update`]: WRITE,
  [`partners.${kind}.delete`]: WRITE,
});

/** Who may do what in the partners service (see PRODUCT.md, "Authentication and roles"). */
export const PARTNERS_PERMISSIONS = {
  'partners.create': WRITE,
  'partners.list': READ,
  'partners.get': READ,
  'partners.update': WRITE,
  'partners.archive': WRITE,
  ...child('contacts'),
  ...child('goals'),
  ...child('agreements'),
  ...child('members'),
  /** Faculty staff raise enquiries for their own faculty only. */
  'partners.enquiries.create': {
    commercialisation: 'all',
    admin: 'all',
    leadership: 'all',
    partnership_staff: 'all',
    faculty: 'faculty',
  },
  /** The office triages every enquiry; other staff see the ones they raised. */
  'partners.enquiries.list': {
    commercialisation: 'all',
    admin: 'all',
    leadership: 'own',
    partnership_staff: 'own',
    faculty: 'own',
  },
  'partners.enquiries.get': {
    commercialisation: 'all',
    admin: 'all',
    leadership: 'own',
    partnership_staff: 'own',
    faculty: 'own',
  },
  'partners.enquiries.transition': { commercialisation: 'all', admin: 'all' },
} satisfies PermissionMatrix;
