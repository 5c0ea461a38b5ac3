export * from './env';
export * from './base.config';
export * from './placeholder-secrets';
