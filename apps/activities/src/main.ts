import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { closeOnSignals, startService } from '@app/messaging';
import { ActivitiesConfig } from './activities.config';
import { ActivitiesAppModule } from './app.module';

async function main(): Promise<void> {
  const config = loadConfig(ActivitiesConfig);
  const host = await startService('activities', ActivitiesAppModule.register(config), config);
  closeOnSignals(host);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
