import { BaseConfig } from '@app/config';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, ValidateIf } from 'class-validator';

export class GatewayConfig extends BaseConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: string = 'development';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '0.0.0.0';

  /** HS256 secret for development and test tokens. Secret: never logged. */
  @ValidateIf((config: GatewayConfig) => !config.JWT_JWKS_URL)
  @IsString({ message: 'JWT_SECRET is required unless JWT_JWKS_URL is set' })
  @MinLength(16, { message: 'JWT_SECRET must be at least 16 characters' })
  JWT_SECRET?: string = 'development-secret-change-me';

  /** In production: the identity provider's JWKS; tokens are then RS256/ES256 only. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'] }, { message: 'JWT_JWKS_URL must be a URL' })
  JWT_JWKS_URL?: string;

  @IsString()
  JWT_ISSUER: string = 'partnership-hub';

  @IsString()
  JWT_AUDIENCE: string = 'partnership-hub-api';

  /** Requests allowed per client address per window. */
  @IsInt()
  @Min(1)
  RATE_LIMIT_MAX: number = 1200;

  @IsInt()
  @Min(100)
  RATE_LIMIT_WINDOW_MS: number = 60_000;

  /** How long `/health` waits for each service's ping. */
  @IsInt()
  @Min(50)
  HEALTH_TIMEOUT_MS: number = 1500;
}

export function assertProductionAuth(config: GatewayConfig): void {
  if (config.NODE_ENV === 'production' && !config.JWT_JWKS_URL) {
    throw new Error(
      'Invalid configuration:\n  JWT_JWKS_URL: required in production (tokens come from the identity provider)',
    );
  }
}
