import { type ErrorCode, isFinalError } from '@app/contracts';
import { ERROR_STATUS } from './error-status';

describe('which service errors a retry with the same Idempotency-Key gets again', () => {
  const codes = Object.keys(ERROR_STATUS) as ErrorCode[];

  it('replays every code that maps to a 4xx other than 408 and 429', () => {
    const replayed = codes.filter((code) => isFinalError(code));
    for (const code of replayed) {
      const status: number = ERROR_STATUS[code];
      expect({ code, final: status >= 400 && status < 500 && status !== 408 && status !== 429 }).toEqual({
        code,
        final: true,
      });
    }
  });

  it('never replays a 5xx (an internal error, a timeout, a service unavailable), nor an unknown common code', () => {
    const fivexx = codes.filter((code) => Number(ERROR_STATUS[code]) >= 500);
    expect(fivexx.length).toBeGreaterThan(0);
    expect(fivexx.filter((code) => isFinalError(code))).toEqual([]);
    expect(isFinalError('common.gateway_timeout')).toBe(false);
  });
});
