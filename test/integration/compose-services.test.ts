import { freePort, SERVER_ENV, testKeyPrefix, testRedisUrl, waitFor, withAdminClient } from '@app/testing';
import { databaseUrlFor, dropKeys } from '@app/testing';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
}

const ROOT = join(__dirname, '..', '..');
const compose = parse(readFileSync(join(ROOT, 'docker/compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};

/** `${NAME:-default}` as compose expands it with NAME unset. */
const expand = (value: string) => value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

/**
 * No Docker engine runs here, so docker/compose.yaml is tested by running each of its services'
 * commands with the environment compose gives them (the hosts `postgres` and `redis` pointed at
 * the local servers, a database and key prefix of this test's own): each must start, or for
 * `migrate` finish, as it would in its container.
 */
describe('docker/compose.yaml: every service starts with its command and environment', () => {
  const server = process.env[SERVER_ENV]!;
  const database = `ph_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const prefix = testKeyPrefix('compose');
  const children: ChildProcess[] = [];

  function environmentOf(service: ComposeService, port: number): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };
    for (const [name, value] of Object.entries(service.environment ?? {})) env[name] = expand(String(value));
    const redis = new URL(testRedisUrl());
    env.DATABASE_URL = env.DATABASE_URL!.replace(
      '@postgres:5432/partnership_hub',
      `@127.0.0.1:5432/${database}`,
    );
    env.REDIS_URL = env.REDIS_URL!.replace('redis://redis:6379', `redis://${redis.host}`);
    env.BULLMQ_PREFIX = prefix;
    if (env.METRICS_PORT) env.METRICS_PORT = String(port);
    if (env.PORT) env.PORT = String(port);
    return env;
  }

  function run(name: string, port: number) {
    const service = compose.services[name];
    const [command, ...args] = service.command!;
    const child = spawn(command === 'node' ? process.execPath : command, args, {
      cwd: ROOT,
      env: environmentOf(service, port),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    children.push(child);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { output, exited, child };
  }

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await withAdminClient(server, (client) =>
      client.query(`drop database if exists "${database}" with (force)`),
    );
    await dropKeys(testRedisUrl(), prefix);
  });

  it('migrates, then runs every service and the gateway', async () => {
    const apps = Object.entries(compose.services)
      .filter(([, service]) => service.command?.[0] === 'node')
      .map(([name]) => name);
    expect(apps.sort()).toEqual(['activities', 'gateway', 'migrate', 'partners', 'programmes', 'reporting']);
    await withAdminClient(server, (client) => client.query(`create database "${database}"`));
    expect(databaseUrlFor(server, database)).toContain(database);

    const migrate = run('migrate', 0);
    expect(await migrate.exited).toBe(0);
    for (const name of apps.filter((app) => app !== 'migrate')) {
      const started = run(name, await freePort());
      await waitFor(
        `${name} to start`,
        () => {
          if (started.child.exitCode !== null)
            throw new Error(`${name} exited: ${started.output.join('').slice(-500)}`);
          return /listening/.test(started.output.join(''));
        },
        30_000,
      );
    }
  }, 180_000);
});
