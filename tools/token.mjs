#!/usr/bin/env node
// Prints a development token: npm run -s token -- --role faculty --faculty ENG
import { parseArgs } from 'node:util';
// eslint-disable-next-line no-restricted-imports -- it runs unbuilt, where no @app/* path resolves
import { signDevToken } from '../libs/testing/src/dev-token.ts';

// The same list as libs/contracts/src/auth/roles.ts (this runs unbuilt); roles.spec.ts keeps them equal.
const ROLES = [
  'commercialisation',
  'faculty',
  'leadership',
  'partnership_staff',
  'student_rep',
  'student',
  'admin',
];
const USAGE = `Prints a development token (HS256, signed with JWT_SECRET) for the gateway.

Usage: npm run -s token -- [--role ROLE]... [options]
  --role ROLE     a role, repeatable (default commercialisation); roles: ${ROLES.join(', ')}
  --faculty CODE  the faculty of a faculty token (needed with --role faculty)
  --school CODE   the school of a student or student_rep token
  --sub ID        the subject (default dev-<first role>)
  --name NAME     the display name
  --email EMAIL   the email address
  --hours N       how long it lasts (default 12)
  --help          this text
Environment: JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE (as the gateway's).`;

let parsed;
try {
  parsed = parseArgs({
    options: {
      help: { type: 'boolean', short: 'h' },
      role: { type: 'string', multiple: true, default: ['commercialisation'] },
      sub: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      faculty: { type: 'string' },
      school: { type: 'string' },
      hours: { type: 'string', default: '12' },
    },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = values.role.filter((role) => !ROLES.includes(role));
if (unknown.length) {
  console.error(`Unknown role ${unknown.join(', ')}; roles are ${ROLES.join(', ')}`);
  process.exit(2);
}
if (values.role.includes('faculty') && !values.faculty) {
  console.error('A faculty token needs --faculty (e.g. --faculty ENG)');
  process.exit(2);
}
const secret = process.env.JWT_SECRET ?? 'development-secret-change-me';
const sub = values.sub ?? `dev-${values.role[0]}`;
const hours = Number(values.hours);
if (!Number.isFinite(hours) || hours <= 0) {
  console.error(`--hours must be a positive number, not ${values.hours}`);
  process.exit(2);
}
const token = await signDevToken(
  {
    sub,
    roles: values.role,
    name: values.name ?? `Dev ${values.role.join('+')}`,
    email: values.email ?? `${sub}@uni.example`,
    ...(values.faculty ? { faculty: values.faculty } : {}),
    ...(values.school ? { school: values.school } : {}),
  },
  {
    secret,
    expiresIn: `${hours}h`,
    issuer: process.env.JWT_ISSUER,
    audience: process.env.JWT_AUDIENCE,
  },
);
console.log(token);
