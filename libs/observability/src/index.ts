export * from './request-context';
export * from './logger';
export * from './health-server';
export * from './metrics';
