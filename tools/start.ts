import 'reflect-metadata';
import { BaseConfig, loadConfig } from '@app/config';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { demoDataWanted, devToken } from './demo/dev-token';
import { seedDemo } from './demo/seed-demo';
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
  Web   http://localhost:${port}/             (development sign-in: pick a role)
  API   http://localhost:${port}/api/v1      (token: npm run -s token -- --role commercialisation)
  Docs  http://localhost:${port}/docs
  Health http://localhost:${port}/api/v1/health
Ctrl-C stops every process.`);
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  if (demoDataWanted()) await loadDemoData(`http://127.0.0.1:${port}/api/v1`);
}

/** Once the stack answers, the demo charters and projects (DEMO_DATA=false turns this off). */
async function loadDemoData(apiUrl: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const healthy = await fetch(`${apiUrl}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) {
      try {
        const loaded = await seedDemo(apiUrl, await devToken(['partnership_staff']));
        if (loaded.length) console.log(`Demo data loaded: ${loaded.join('; ')}`);
      } catch (error) {
        console.error('Demo data not loaded:', error instanceof Error ? error.message : error);
      }
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.error('Demo data not loaded: the gateway did not become healthy within a minute');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
