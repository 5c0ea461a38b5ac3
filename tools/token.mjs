#!/usr/bin/env node
// Prints a development token: npm run -s token -- --role faculty --faculty ENG
import { SignJWT } from 'jose';
import { parseArgs } from 'node:util';

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
const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true, default: ['commercialisation'] },
    sub: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    faculty: { type: 'string' },
    school: { type: 'string' },
    hours: { type: 'string', default: '12' },
  },
});
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
const token = await new SignJWT({
  name: values.name ?? `Dev ${values.role.join('+')}`,
  email: values.email ?? `${sub}@uni.example`,
  roles: values.role,
  ...(values.faculty ? { faculty: values.faculty } : {}),
  ...(values.school ? { school: values.school } : {}),
})
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .setSubject(sub)
  .setIssuer(process.env.JWT_ISSUER ?? 'partnership-hub')
  .setAudience(process.env.JWT_AUDIENCE ?? 'partnership-hub-api')
  .setIssuedAt()
  .setExpirationTime(`${Number(values.hours)}h`)
  .sign(new TextEncoder().encode(secret));
console.log(token);
