import { Writable } from 'node:stream';
import { createLogger, PinoNestLogger, prettyWanted } from './logger';
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

describe('log format', () => {
  it('is pretty for a person at a terminal, JSON elsewhere and in production, as LOG_FORMAT says', () => {
    expect(prettyWanted({}, true)).toBe(true);
    expect(prettyWanted({}, false)).toBe(false);
    expect(prettyWanted({ NODE_ENV: 'production' }, true)).toBe(false);
    expect(prettyWanted({ LOG_FORMAT: 'json' }, true)).toBe(false);
    expect(prettyWanted({ LOG_FORMAT: 'pretty' }, false)).toBe(true);
  });

  it("puts Nest's route mappings at debug level", () => {
    const captured: Record<string, unknown>[] = [];
    const stream = new Writable({
      write: (chunk: Buffer, _enc, done) => (captured.push(JSON.parse(chunk.toString())), done()),
    });
    const nest = new PinoNestLogger(createLogger('gateway', 'info', stream));
    nest.log('Mapped {/api/v1/partners, POST} route', 'RouterExplorer');
    nest.log('gateway listening', 'Bootstrap');
    expect(captured.map((line) => line.msg)).toEqual(['gateway listening']);
  });
});
