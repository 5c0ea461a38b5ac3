/** Values shipped as examples or defaults, never to be used for real. */
export const PLACEHOLDER_SECRET =
  /change-?me|placeholder|example-secret|development-secret|development-only/i;

/** Variables that carry secrets, whole or in their URL's password. */
export const SECRET_VARIABLES = [
  'DATABASE_URL',
  'REDIS_URL',
  'JWT_SECRET',
  'FEEDBACK_AUTHOR_SECRET',
  'SMTP_URL',
] as const;

function secretPart(name: string, value: string): string {
  if (!name.endsWith('_URL')) return value;
  try {
    return decodeURIComponent(new URL(value).password);
  } catch {
    return value;
  }
}

/**
 * In production, a secret that is still a placeholder (`k8s/`'s examples, the development
 * defaults) stops the process with the variable's name, so a copied example never runs for real.
 */
export function placeholderSecrets(env: NodeJS.ProcessEnv): string[] {
  if (env.NODE_ENV !== 'production') return [];
  return SECRET_VARIABLES.filter((name) => {
    const value = env[name];
    return value !== undefined && PLACEHOLDER_SECRET.test(secretPart(name, value));
  });
}
