import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { closeOnSignals, startService } from '@app/messaging';
import { ProgrammesConfig } from './programmes.config';
import { ProgrammesAppModule } from './app.module';

async function main(): Promise<void> {
  const config = loadConfig(ProgrammesConfig);
  if (
    process.env.NODE_ENV === 'production' &&
    config.FEEDBACK_AUTHOR_SECRET === new ProgrammesConfig().FEEDBACK_AUTHOR_SECRET
  )
    throw new Error('FEEDBACK_AUTHOR_SECRET must be set in production (it keys anonymous feedback authors)');
  const host = await startService('programmes', ProgrammesAppModule.register(config), config);
  closeOnSignals(host);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
