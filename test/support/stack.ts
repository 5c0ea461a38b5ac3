import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { startService, type ServiceHost } from '@app/messaging';
import {
  createTestDatabase,
  dropKeys,
  TEST_JWT_SECRET,
  testKeyPrefix,
  testRedisUrl,
  type TestDatabase,
} from '@app/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ActivitiesAppModule } from '../../apps/activities/src/app.module';
import { ActivitiesConfig } from '../../apps/activities/src/activities.config';
import { PartnersAppModule } from '../../apps/partners/src/app.module';
import { PartnersConfig } from '../../apps/partners/src/partners.config';
import { ProgrammesAppModule } from '../../apps/programmes/src/app.module';
import { ProgrammesConfig } from '../../apps/programmes/src/programmes.config';
import { ReportingAppModule } from '../../apps/reporting/src/app.module';
import { ReportingConfig } from '../../apps/reporting/src/reporting.config';
import { createGatewayApp } from '../../apps/gateway/src/gateway.app';
import { GatewayConfig } from '../../apps/gateway/src/gateway.config';

export interface StackEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
  BULLMQ_PREFIX: string;
  LOG_LEVEL: string;
  JWT_SECRET: string;
  REQUEST_TIMEOUT_MS: string;
}

/** Environment for one test file's stack: its own database and Redis key prefix. */
export async function testEnvironment(
  label: string,
  overrides: Partial<StackEnv> = {},
): Promise<{ env: StackEnv; db: TestDatabase }> {
  const db = await createTestDatabase();
  const env: StackEnv = {
    DATABASE_URL: db.url,
    REDIS_URL: testRedisUrl(),
    BULLMQ_PREFIX: testKeyPrefix(label),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    REQUEST_TIMEOUT_MS: '3000',
    ...overrides,
  };
  return { env, db };
}

export async function startPartners(env: StackEnv): Promise<ServiceHost> {
  const config = loadConfig(PartnersConfig, { ...env, OUTBOX_POLL_MS: '50' });
  return startService('partners', PartnersAppModule.register(config), config);
}

export async function startActivities(
  env: StackEnv,
  extra: Record<string, string> = {},
): Promise<ServiceHost> {
  const config = loadConfig(ActivitiesConfig, { ...env, OUTBOX_POLL_MS: '50', ...extra });
  return startService('activities', ActivitiesAppModule.register(config), config);
}

export async function startProgrammes(
  env: StackEnv,
  extra: Record<string, string> = {},
): Promise<ServiceHost> {
  const config = loadConfig(ProgrammesConfig, { ...env, OUTBOX_POLL_MS: '50', ...extra });
  return startService('programmes', ProgrammesAppModule.register(config), config);
}

export async function startReporting(
  env: StackEnv,
  extra: Record<string, string> = {},
): Promise<ServiceHost> {
  const config = loadConfig(ReportingConfig, { ...env, OUTBOX_POLL_MS: '50', ...extra });
  return startService('reporting', ReportingAppModule.register(config), config);
}

export interface RunningGateway {
  app: NestFastifyApplication;
  url: string;
  close(): Promise<void>;
}

export async function startGateway(
  env: StackEnv,
  extra: Record<string, string> = {},
): Promise<RunningGateway> {
  const config = loadConfig(GatewayConfig, { ...env, NODE_ENV: 'test', PORT: '0', ...extra });
  const app = await createGatewayApp(config);
  await app.listen(Number(extra.PORT ?? 0), '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}/api/v1`, close: () => app.close() };
}

/** A small HTTP client for the tests: JSON in, status + JSON out. */
export function api(baseUrl: string, token?: string) {
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON shapes
    const json: any = text ? JSON.parse(text) : undefined;
    return { status: response.status, body: json, headers: response.headers };
  };
  return {
    get: (path: string, headers?: Record<string, string>) => request('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) =>
      request('POST', path, body ?? {}, headers),
    patch: (path: string, body: unknown) => request('PATCH', path, body),
    put: (path: string, body: unknown) => request('PUT', path, body),
    delete: (path: string) => request('DELETE', path),
  };
}

export interface RunningStack {
  db: TestDatabase;
  env: StackEnv;
  gateway: RunningGateway;
  /** Stops the gateway and the services, then drops the test file's database. */
  close(): Promise<void>;
}

/** One test file's whole stack: its database, the services in process, and a listening gateway. */
export async function startStack(
  label: string,
  options: {
    activities?: boolean | Record<string, string>;
    programmes?: boolean | Record<string, string>;
    reporting?: boolean | Record<string, string>;
    gateway?: Record<string, string>;
  } = {},
): Promise<RunningStack> {
  const { env, db } = await testEnvironment(label);
  const services = [await startPartners(env)];
  if (options.activities)
    services.push(
      await startActivities(env, typeof options.activities === 'object' ? options.activities : {}),
    );
  if (options.programmes)
    services.push(
      await startProgrammes(env, typeof options.programmes === 'object' ? options.programmes : {}),
    );
  if (options.reporting)
    services.push(await startReporting(env, typeof options.reporting === 'object' ? options.reporting : {}));
  const gateway = await startGateway(env, options.gateway);
  return {
    db,
    env,
    gateway,
    close: async () => {
      await gateway.close();
      for (const service of services.reverse()) await service.close();
      await db.drop();
      await dropKeys(env.REDIS_URL, env.BULLMQ_PREFIX);
    },
  };
}
