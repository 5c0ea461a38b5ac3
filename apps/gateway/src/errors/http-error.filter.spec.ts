import { BadRequestException, ForbiddenException, HttpException } from '@nestjs/common';
import pino from 'pino';
import { HttpErrorFilter } from './http-error.filter';

describe('HttpErrorFilter.toBody', () => {
  const filter = new HttpErrorFilter(pino({ level: 'silent' }));

  it('maps a service duplicate to 409 and keeps its extra facts', () => {
    const body = filter.toBody(
      {
        code: 'partners.duplicate',
        message: 'already there',
        details: [{ field: 'name', problem: 'matches' }],
        extra: { existingId: 'p-1' },
      },
      'req-1',
    );
    expect(body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'already there',
      details: [{ field: 'name', problem: 'matches' }],
      existingId: 'p-1',
      requestId: 'req-1',
    });
  });

  it('maps a timeout to 503', () => {
    expect(
      filter.toBody({ code: 'common.timeout', message: 'partners did not answer' }, 'r').statusCode,
    ).toBe(503);
  });

  it('maps a request handed over without a reply to 504, and one never handed over to 503', () => {
    expect(
      filter.toBody({ code: 'common.no_reply', message: 'partners did not answer' }, 'r').statusCode,
    ).toBe(504);
    expect(filter.toBody({ code: 'common.unavailable', message: 'not running' }, 'r').statusCode).toBe(503);
  });

  it('never passes an internal message or unknown error through', () => {
    expect(filter.toBody({ code: 'common.internal', message: 'relation "x" does not exist' }, 'r')).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
      requestId: 'r',
    });
    expect(filter.toBody(new Error('ECONNREFUSED 10.0.0.5:5432'), 'r').message).toBe('Internal server error');
  });

  it('keeps validation details of a 400 and the message of a 403', () => {
    const body = filter.toBody(
      new BadRequestException({ message: 'tier is bad', details: [{ field: 'tier', problem: 'bad' }] }),
      'r',
    );
    expect(body).toMatchObject({ statusCode: 400, details: [{ field: 'tier', problem: 'bad' }] });
    expect(filter.toBody(new ForbiddenException('needs commercialisation'), 'r')).toMatchObject({
      statusCode: 403,
      message: 'needs commercialisation',
    });
  });

  it('keeps the 413 of a body over its limit, wrapped by Nest or not, and names the limit', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), {
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      statusCode: 413,
    });
    const wrapped = new HttpException('Request body is too large', 413, { cause: tooLarge });
    expect(filter.toBody(wrapped, 'r', 'application/json; charset=utf-8')).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'A JSON body may be at most 5 MiB',
      requestId: 'r',
    });
    const file = Object.assign(new Error('request file too large'), {
      code: 'FST_REQ_FILE_TOO_LARGE',
      statusCode: 413,
    });
    expect(filter.toBody(file, 'r', 'multipart/form-data; boundary=x').message).toBe(
      'A CSV upload may be at most 40 MiB',
    );
  });
});
