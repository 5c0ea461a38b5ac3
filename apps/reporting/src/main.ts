import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { closeOnSignals, startService } from '@app/messaging';
import { ReportingConfig } from './reporting.config';
import { ReportingAppModule } from './app.module';

async function main(): Promise<void> {
  const config = loadConfig(ReportingConfig);
  const host = await startService('reporting', ReportingAppModule.register(config), config);
  closeOnSignals(host);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
