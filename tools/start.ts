import 'reflect-metadata';
import { BaseConfig, loadConfig } from '@app/config';
import { join } from 'node:path';
import { demoDataWanted, devToken } from './demo/dev-token';
import { seedDemo } from './demo/seed-demo';
import { migrate } from './migrate';
import { GATEWAY, SERVICES } from './services';
import { Supervisor } from './supervisor';

/**
 * `npm start`: checks PostgreSQL and Redis, creates the database, runs the migrations, then
 * runs every service and the gateway as supervised child processes (one that crashes is
 * restarted; one that keeps crashing stops the stack, exit code 1) and stops them all on Ctrl-C.
 */
async function main(): Promise<void> {
  const config = loadConfig(BaseConfig);
  await migrate(config.DATABASE_URL, config.REDIS_URL);

  const supervisor = new Supervisor(
    [...SERVICES, GATEWAY].map(({ name, main }) => ({
      name,
      command: process.execPath,
      args: [join(__dirname, '..', main)],
    })),
    { env: process.env },
  );
  supervisor.start();
  void supervisor.exitCode.then((code) => process.exit(code));

  const port = process.env.PORT ?? '3000';
  console.log(`
Partnership Hub is starting on http://localhost:${port}
  Web   http://localhost:${port}/             (development sign-in: pick a role)
  API   http://localhost:${port}/api/v1      (token: npm run -s token -- --role commercialisation)
  Docs  http://localhost:${port}/docs
  Health http://localhost:${port}/api/v1/health
A process that stops is restarted; Ctrl-C stops every process.`);
  process.on('SIGINT', () => void supervisor.stop());
  process.on('SIGTERM', () => void supervisor.stop());
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
