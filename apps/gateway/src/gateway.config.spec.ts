import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { assertProductionAuth, GatewayConfig } from './gateway.config';

const production = (extra: Record<string, string>) =>
  loadConfig(GatewayConfig, {
    NODE_ENV: 'production',
    JWT_JWKS_URL: 'https://idp.example/jwks',
    REDIS_URL: 'redis://127.0.0.1:6379',
    ...extra,
  });

describe('FEEDBACK_AUTHOR_SECRET in production', () => {
  it('is refused when left at the default or a placeholder', () => {
    for (const extra of [{}, { FEEDBACK_AUTHOR_SECRET: 'CHANGE-ME-at-least-16-characters' }] as Record<
      string,
      string
    >[])
      expect(() => assertProductionAuth(production(extra))).toThrow(/FEEDBACK_AUTHOR_SECRET/);
  });

  it('is taken when set from the secret store', () => {
    expect(() =>
      assertProductionAuth(production({ FEEDBACK_AUTHOR_SECRET: 'q8T2v9Lw4mZr7Kp1Xc3Nb6Hd' })),
    ).not.toThrow();
  });
});
