import { IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';

/** Configuration every process shares. Defaults suit a developer machine. */
export class BaseConfig {
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/partnership_hub';

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key this stack uses (request streams and BullMQ), so stacks can share a Redis. */
  @IsString()
  @Matches(/^[A-Za-z0-9_:-]+$/, { message: 'BULLMQ_PREFIX may hold letters, digits, _ : -' })
  BULLMQ_PREFIX: string = 'ph';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** How long a gateway waits for a service to answer a request, in milliseconds. */
  @IsInt()
  @Min(100)
  @Max(120_000)
  REQUEST_TIMEOUT_MS: number = 5000;
}

/** A service process: its request handlers, outbox relay and probe port. */
export class ServiceConfig extends BaseConfig {
  /** The internal port of the probes (`/healthz`, `/readyz`) and Prometheus' `/metrics` (0 = off). */
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT: number = 0;

  /** The earlier name of METRICS_PORT, still read when METRICS_PORT is not set. */
  @IsInt()
  @Min(0)
  @Max(65535)
  HEALTH_PORT: number = 0;

  @IsInt()
  @Min(1)
  @Max(1000)
  RPC_CONCURRENCY: number = 32;

  @IsInt()
  @Min(10)
  @Max(60_000)
  OUTBOX_POLL_MS: number = 200;
}
