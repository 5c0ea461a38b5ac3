export * from './infrastructure';
export * from './test-database';
export * from './tokens';
export * from './wait-for';
export * from './redis-server';
export * from './redis-keys';
