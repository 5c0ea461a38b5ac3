import { Client } from 'pg';
import { Redis } from 'ioredis';

const HOW_TO_START = `
Start them with Docker:   docker compose -f docker/compose.yaml up -d postgres redis
or the system's packages: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                          redis-server --daemonize yes --bind 127.0.0.1 --port 6379`;

/** Says which server is unreachable, and how to start it, before anything else is attempted. */
export async function checkServers(databaseUrl: string, redisUrl: string): Promise<string[]> {
  const problems: string[] = [];
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const pg = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  try {
    await pg.connect();
    await pg.query('select 1');
  } catch (error) {
    problems.push(`PostgreSQL is not reachable at ${safeUrl(databaseUrl)} (${describe(error)})`);
  } finally {
    await pg.end().catch(() => undefined);
  }
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    problems.push(`Redis is not reachable at ${safeUrl(redisUrl)} (${describe(error)})`);
  } finally {
    redis.disconnect();
  }
  return problems;
}

export function reportUnreachable(problems: string[]): string {
  return `${problems.join('\n')}\n${HOW_TO_START}`;
}

function safeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
