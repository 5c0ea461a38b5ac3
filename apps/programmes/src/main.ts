import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { closeOnSignals, startService } from '@app/messaging';
import { ProgrammesConfig } from './programmes.config';
import { ProgrammesAppModule } from './app.module';

async function main(): Promise<void> {
  const config = loadConfig(ProgrammesConfig);
  const host = await startService('programmes', ProgrammesAppModule.register(config), config);
  closeOnSignals(host);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
