import 'reflect-metadata';
import { BaseConfig } from './base.config';
import { loadConfig } from './env';

describe('placeholder secrets in production', () => {
  const base = { NODE_ENV: 'production', REDIS_URL: 'redis://redis.internal:6379' };

  it("refuses k8s/'s example database password and names the variable", () => {
    expect(() =>
      loadConfig(BaseConfig, {
        ...base,
        DATABASE_URL: 'postgres://partnership_hub:CHANGE-ME@postgres.internal:5432/partnership_hub',
      }),
    ).toThrow(/DATABASE_URL: a placeholder secret/);
    expect(() =>
      loadConfig(BaseConfig, {
        ...base,
        DATABASE_URL: 'postgres://u:x@db:5432/p',
        JWT_SECRET: 'development-secret-change-me',
      }),
    ).toThrow(/JWT_SECRET/);
  });

  it('takes real secrets, and placeholders outside production', () => {
    expect(() =>
      loadConfig(BaseConfig, { ...base, DATABASE_URL: 'postgres://u:9fK2pQ7xLm@db:5432/p' }),
    ).not.toThrow();
    expect(() =>
      loadConfig(BaseConfig, {
        NODE_ENV: 'development',
        DATABASE_URL: 'postgres://partnership_hub:CHANGE-ME@postgres.internal:5432/partnership_hub',
      }),
    ).not.toThrow();
  });
});
