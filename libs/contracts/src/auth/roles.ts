/** Every role a token may carry. Decorator-free: the web app imports it through `@app/enums`. */
export const ROLES = [
  'commercialisation',
  'faculty',
  'leadership',
  'partnership_staff',
  'student_rep',
  'student',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];
