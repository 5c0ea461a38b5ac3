import { BadRequestException } from '@nestjs/common';
import { EmptyBodyPipe } from './empty-body';

describe('EmptyBodyPipe', () => {
  const pipe = new EmptyBodyPipe();

  it('lets through no body and an empty object', () => {
    expect(pipe.transform(undefined)).toBeUndefined();
    expect(pipe.transform(null)).toBeUndefined();
    expect(pipe.transform({})).toBeUndefined();
  });

  it('refuses each field of any other body, and a body that is not an object', () => {
    const refusal = (body: unknown) => {
      try {
        pipe.transform(body);
      } catch (error) {
        return (error as BadRequestException).getResponse();
      }
      return 'accepted';
    };
    expect(refusal({ status: 'draft', force: true })).toEqual({
      message: 'status is not an allowed field (and 1 more)',
      details: [
        { field: 'status', problem: 'is not an allowed field' },
        { field: 'force', problem: 'is not an allowed field' },
      ],
    });
    expect(refusal(['x'])).toMatchObject({ details: [{ field: 'body', problem: expect.any(String) }] });
    expect(refusal('text')).toMatchObject({ details: [{ field: 'body', problem: expect.any(String) }] });
  });
});
