import { Writable } from 'node:stream';
import { createLogger } from './logger';
import { runWithRequestId } from './request-context';

describe('createLogger', () => {
  it('puts the service and, inside a request, its request id on every line', () => {
    const captured: Record<string, unknown>[] = [];
    const stream = new Writable({
      write: (chunk: Buffer, _enc, done) => (captured.push(JSON.parse(chunk.toString())), done()),
    });
    const real = createLogger('partners', 'info', stream);
    runWithRequestId('req-77', () => real.info('inside'));
    real.info('outside');
    expect(captured[0]).toMatchObject({ service: 'partners', requestId: 'req-77', msg: 'inside' });
    expect(captured[1]).toMatchObject({ service: 'partners', msg: 'outside' });
    expect(captured[1]).not.toHaveProperty('requestId');
  });
});
