export * from './orm-config';
export * from './ensure-database';
export * from './run-migrations';
export * from './base.entity';
export * from './request-context.interceptor';
export * from './optimistic-lock';
export * from './execute-with-parameters';
export * from './idempotency/idempotency-records';
