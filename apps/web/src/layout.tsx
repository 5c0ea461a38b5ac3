import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { clearSession, hasRole, ROLE_LABELS, type Role, type Session } from './auth/session';

interface NavItem {
  to: string;
  label: string;
  roles: Role[];
}

const STAFF_REPORTS: Role[] = ['leadership', 'commercialisation', 'admin'];
const PROGRAMME_STAFF: Role[] = ['partnership_staff', 'admin'];
const STUDENTS: Role[] = ['student', 'student_rep'];

const NAV: NavItem[] = [
  { to: '/partners', label: 'Partners', roles: ['commercialisation', 'admin', 'leadership', 'faculty'] },
  { to: '/enquiries', label: 'Enquiries', roles: ['commercialisation', 'admin', 'faculty'] },
  { to: '/activities', label: 'Activities', roles: ['commercialisation', 'admin', 'leadership', 'faculty'] },
  { to: '/activities/new', label: 'Log an activity', roles: ['faculty', 'commercialisation', 'admin'] },
  { to: '/activities/import', label: 'Import CSV', roles: ['faculty', 'commercialisation', 'admin'] },
  { to: '/dashboard', label: 'Dashboard', roles: [...STAFF_REPORTS, 'faculty'] },
  { to: '/reports/hebci', label: 'HE-BCI', roles: [...STAFF_REPORTS, 'faculty'] },
  { to: '/reports/candidates', label: 'Strategic candidates', roles: STAFF_REPORTS },
  { to: '/student', label: 'Charter', roles: [...STUDENTS, ...PROGRAMME_STAFF, 'leadership'] },
  { to: '/student/minutes', label: 'Forum minutes', roles: [...STUDENTS, 'leadership'] },
  {
    to: '/student/you-said-we-did',
    label: 'You said, we did',
    roles: [...STUDENTS, ...PROGRAMME_STAFF, 'leadership'],
  },
  { to: '/student/feedback', label: 'Give feedback', roles: STUDENTS },
  { to: '/student/representatives', label: 'Representatives', roles: [...STUDENTS, ...PROGRAMME_STAFF] },
  { to: '/student/awards', label: 'Awards', roles: [...STUDENTS, ...PROGRAMME_STAFF] },
  { to: '/staff/feedback', label: 'Feedback queue', roles: [...PROGRAMME_STAFF, 'student_rep'] },
  { to: '/staff/forums', label: 'Forums', roles: [...PROGRAMME_STAFF, 'leadership'] },
  { to: '/staff/action-plans', label: 'Action plans', roles: [...PROGRAMME_STAFF, 'leadership'] },
  { to: '/staff/projects', label: 'Projects', roles: [...PROGRAMME_STAFF, 'leadership'] },
  {
    to: '/reports/student-partnership',
    label: 'Partnership report',
    roles: [...STAFF_REPORTS, 'partnership_staff'],
  },
];

export function Layout({ session, children }: { session: Session; children: ReactNode }) {
  const navigate = useNavigate();
  const queries = useQueryClient();
  const items = NAV.filter((item) => hasRole(session, ...item.roles));
  const signOut = () => {
    clearSession();
    queries.clear();
    void navigate('/sign-in');
  };
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="masthead">
        <Link to="/" className="brand">
          Partnership Hub
        </Link>
        <div className="who">
          <span>
            {session.name} · {session.roles.map((role) => ROLE_LABELS[role]).join(', ')}
            {session.faculty ? ` · ${session.faculty}` : ''}
            {session.school ? ` · ${session.school}` : ''}
          </span>
          <button type="button" className="link-button" onClick={signOut}>
            Sign out
          </button>
        </div>
        <nav aria-label="Main">
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
