import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { closeOnSignals, startService } from '@app/messaging';
import { PartnersAppModule } from './app.module';
import { PartnersConfig } from './partners.config';

async function main(): Promise<void> {
  const config = loadConfig(PartnersConfig);
  const host = await startService('partners', PartnersAppModule.register(config), config);
  closeOnSignals(host);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
