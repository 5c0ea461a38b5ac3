import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES } from './roles';

describe('ROLES', () => {
  // tools/token.mjs runs before anything is built (the README's first steps), so it cannot import
  // this list and keeps its own copy: this keeps the two the same.
  it('is the list of roles the development token tool accepts', () => {
    const tool = readFileSync(join(__dirname, '../../../../tools/token.mjs'), 'utf8');
    const list = /const ROLES = \[([^\]]*)\]/.exec(tool)?.[1] ?? '';
    const toolRoles = [...list.matchAll(/'([a-z_]+)'/g)].map((match) => match[1]);
    expect(toolRoles).toEqual([...ROLES]);
  });
});
