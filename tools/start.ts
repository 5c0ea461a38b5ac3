import 'reflect-metadata';
import { BaseConfig, loadConfig } from '@app/config';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { migrate } from './migrate';
import { GATEWAY, SERVICES } from './services';

/**
 * `npm start`: checks PostgreSQL and Redis, creates the database, runs the migrations, then
 * runs every service and the gateway as child processes and stops them all on Ctrl-C.
 */
async function main(): Promise<void> {
  const config = loadConfig(BaseConfig);
  await migrate(config.DATABASE_URL, config.REDIS_URL);

  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    const force = setTimeout(() => children.forEach((child) => child.kill('SIGKILL')), 20_000);
    void Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve))),
      ),
    ).then(() => {
      clearTimeout(force);
      process.exit(code);
    });
  };
  const run = (name: string, main: string) => {
    const child = spawn(process.execPath, [join(__dirname, '..', main)], {
      stdio: 'inherit',
      env: process.env,
    });
    child.once('exit', (code, signal) => {
      if (!stopping) {
        console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the stack`);
        stopAll(1);
      }
    });
    children.push(child);
  };
  for (const service of SERVICES) run(service.name, service.main);
  run(GATEWAY.name, GATEWAY.main);

  const port = process.env.PORT ?? '3000';
  console.log(`
Partnership Hub is starting on http://localhost:${port}
  API   http://localhost:${port}/api/v1      (token: npm run -s token -- --role commercialisation)
  Docs  http://localhost:${port}/docs
  Health http://localhost:${port}/api/v1/health
Ctrl-C stops every process.`);
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
