import { queryProblems, textsProblems } from './request-text';

describe('query and path parameters', () => {
  it('refuses a NUL, and escapes that are not UTF-8, naming the parameter', () => {
    expect(queryProblems('q=%00', { q: '\u0000' })).toEqual([
      { field: 'q', problem: 'must not contain a NUL character' },
    ]);
    expect(queryProblems('page=1&q=%ED%A0%80', { page: '1', q: '%ED%A0%80' })).toEqual([
      { field: 'q', problem: expect.stringContaining('must be UTF-8 text') },
    ]);
    expect(queryProblems('q=a=b%ED%A0%80', { q: 'a=b%ED%A0%80' })).toEqual([
      { field: 'q', problem: expect.stringContaining('must be UTF-8 text') },
    ]);
    expect(queryProblems('tag=a&tag=%FF', { tag: ['a', '%FF'] })).toEqual([
      { field: 'tag', problem: expect.stringContaining('must be UTF-8 text') },
    ]);
  });

  it('accepts real text, a lone percent sign and repeated parameters', () => {
    expect(queryProblems('q=Zo%C3%AB%20%F0%9F%98%80&tag=a&tag=b', { q: 'Zoë 😀', tag: ['a', 'b'] })).toEqual(
      [],
    );
    expect(queryProblems('q=100%', { q: '100%' })).toEqual([]);
    expect(queryProblems('', {})).toEqual([]);
  });

  it('checks path parameters', () => {
    expect(textsProblems({ id: 'a\u0000' })).toEqual([
      { field: 'id', problem: 'must not contain a NUL character' },
    ]);
    expect(textsProblems({ id: '0b6e…' })).toEqual([]);
  });
});
