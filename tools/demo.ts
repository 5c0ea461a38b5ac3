import { devToken } from './demo/dev-token';
import { seedDemo } from './demo/seed-demo';

/** `npm run demo`: loads the demo data into a running stack (npm start does it by itself). */
async function main(): Promise<void> {
  const apiUrl = process.env.API_URL ?? `http://localhost:${process.env.PORT ?? '3000'}/api/v1`;
  const loaded = await seedDemo(apiUrl, await devToken(['partnership_staff']));
  console.log(loaded.length ? `demo data loaded:\n  ${loaded.join('\n  ')}` : 'demo data already there');
}

main().catch((error: unknown) => {
  console.error('demo data not loaded:', error instanceof Error ? error.message : error);
  process.exit(1);
});
