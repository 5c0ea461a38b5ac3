import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { placeholderSecrets } from './placeholder-secrets';

/**
 * Reads and validates the environment into a config class at start. A missing or bad
 * variable stops the process with a message naming it.
 */
export function loadConfig<T extends object>(cls: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const config = plainToInstance(
    cls,
    { ...env },
    { enableImplicitConversion: true, exposeDefaultValues: true },
  );
  const errors = validateSync(config, { whitelist: false, forbidUnknownValues: false });
  const placeholders = placeholderSecrets(env);
  if (errors.length > 0 || placeholders.length > 0) {
    const lines = [
      ...errors.map((error) => `  ${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`),
      ...placeholders.map((name) => `  ${name}: a placeholder secret; set the real one in production`),
    ];
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
