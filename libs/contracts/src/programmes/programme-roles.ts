import { type Actor, hasRole, ROLES, type Role } from '../auth/actor';

/** Run the student partnership: may change anything under /programmes. */
export const PROGRAMME_WRITERS: Role[] = ['partnership_staff', 'admin'];
/** See what partnership staff see (leadership: but not individual feedback nor student contact details). */
export const PROGRAMME_READERS: Role[] = ['partnership_staff', 'admin', 'leadership'];
export const STUDENTS: Role[] = ['student', 'student_rep'];
/** Everyone signed in: the charter, representatives, forums, published minutes, winners, you said / we did. */
export const EVERYONE: Role[] = [...ROLES];

export const runsProgrammes = (actor: Actor) => hasRole(actor, ...PROGRAMME_WRITERS);
/** May read unpublished minutes, involvements, action plans, projects: staff of the partnership and leadership. */
export const readsProgrammes = (actor: Actor) => hasRole(actor, ...PROGRAMME_READERS);
/** Student contact details (emails, student ids) are for the staff who run the partnership only. */
export const seesStudentContacts = (actor: Actor) => hasRole(actor, ...PROGRAMME_WRITERS);

/**
 * Partnership staff with a `school` claim see and change only that school's teaching groups, reps,
 * forums, meetings, action plans, involvements and feedback (others are 404); `undefined`: no such
 * limit (admins, staff without the claim, and everyone whose access is decided otherwise).
 */
export const staffSchoolScope = (actor: Actor): string | undefined =>
  hasRole(actor, 'partnership_staff') && !hasRole(actor, 'admin') ? actor.school : undefined;
