import { BadRequestException } from '@nestjs/common';
import { parseJsonBody } from './json-body';

function refusal(body: string): unknown {
  try {
    parseJsonBody(Buffer.from(body));
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as BadRequestException).getResponse();
  }
  throw new Error(`accepted ${body.slice(0, 40)}`);
}

describe('parseJsonBody', () => {
  it('parses JSON', () => {
    expect(parseJsonBody(Buffer.from('{"name": "Arup", "tags": ["a"]}'))).toEqual({
      name: 'Arup',
      tags: ['a'],
    });
  });

  it('refuses a body nested deeper than 32 levels, naming where', () => {
    const deep = `{"details": ${'['.repeat(3000)}${']'.repeat(3000)}}`;
    expect(refusal(deep)).toEqual({
      message: expect.stringContaining('is nested deeper than 32 levels'),
      details: [
        { field: `details.${Array(31).fill('0').join('.')}`, problem: 'is nested deeper than 32 levels' },
      ],
    });
  });

  it('refuses __proto__ and constructor.prototype keys, as Fastify does', () => {
    expect(refusal('{"__proto__": {"isAdmin": true}}')).toMatchObject({
      details: [{ field: 'body', problem: 'must not hold a __proto__ or constructor.prototype key' }],
    });
    expect(refusal('{"constructor": {"prototype": {"x": 1}}}')).toMatchObject({
      details: [{ field: 'body', problem: 'must not hold a __proto__ or constructor.prototype key' }],
    });
  });

  it('refuses NUL and unpaired surrogates in strings and keys', () => {
    expect(refusal('{"title": "a\\u0000b"}')).toEqual({
      message: 'title must not contain a NUL character',
      details: [{ field: 'title', problem: 'must not contain a NUL character' }],
    });
    expect(refusal('{"income": [{"note": "\\ud800"}]}')).toMatchObject({
      details: [{ field: 'income.0.note', problem: expect.stringContaining('unpaired surrogate') }],
    });
  });

  it('says an empty or broken body is not valid JSON', () => {
    expect(refusal('')).toMatchObject({ message: 'The body is not valid JSON' });
    expect(refusal('{"name": ')).toMatchObject({
      message: 'The body is not valid JSON',
      details: [{ field: 'body', problem: 'is not valid JSON' }],
    });
  });
});
