import { BaseConfig } from '@app/config';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { isIP } from 'node:net';

const DEVELOPMENT_FEEDBACK_AUTHOR_SECRET = 'development-only-feedback-author-key';
/** Values shipped as examples (the default, `k8s/config.yaml`'s CHANGE-ME) that must never key real authors. */
const PLACEHOLDER_SECRET = /change-?me|placeholder|example|development/i;

export class GatewayConfig extends BaseConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: string = 'development';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '0.0.0.0';

  /** The internal port of the probes and Prometheus' `/metrics` (0 = off): never behind the Ingress. */
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT: number = 0;

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

  /** Requests allowed per window: the default of both limits below. */
  @IsInt()
  @Min(1)
  RATE_LIMIT_MAX: number = 1200;

  /** Requests allowed per client address per window (unset: RATE_LIMIT_MAX). */
  @IsOptional()
  @IsInt()
  @Min(1)
  RATE_LIMIT_ADDRESS_MAX?: number;

  /** Requests allowed per token subject per window, whatever address they come from (unset: RATE_LIMIT_MAX). */
  @IsOptional()
  @IsInt()
  @Min(1)
  RATE_LIMIT_SUBJECT_MAX?: number;

  /**
   * Proxies whose `X-Forwarded-For` is believed, as addresses or CIDRs (`10.0.0.0/8,127.0.0.1`);
   * none by default: the client address is then the connection's.
   */
  @IsOptional()
  @IsAddressList({ message: 'TRUSTED_PROXIES must be comma-separated IP addresses or CIDRs' })
  TRUSTED_PROXIES?: string;

  @IsInt()
  @Min(100)
  RATE_LIMIT_WINDOW_MS: number = 60_000;

  /** The development sign-in page (`POST /auth/dev-sign-in`): on unless `off`, never in production or with a JWKS. */
  @IsOptional()
  @IsIn(['on', 'off'], { message: 'AUTH_DEV_SIGNIN must be on or off' })
  AUTH_DEV_SIGNIN?: 'on' | 'off';

  /** The identity provider the web app signs in with (OIDC authorisation code + PKCE); unset: no such button. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'] }, { message: 'OIDC_ISSUER must be a URL' })
  OIDC_ISSUER?: string;

  /** The web app's client id at the identity provider (a public client: no secret). */
  @IsString()
  OIDC_CLIENT_ID: string = 'partnership-hub-web';

  @IsString()
  OIDC_SCOPE: string = 'openid profile email';

  /** RFC 8707 resource the web app asks its access token for (the API's audience), when the provider needs one. */
  @IsOptional()
  @IsString()
  OIDC_RESOURCE?: string;

  /** The built web app (index.html and assets); unset: dist/web beside the gateway's build. */
  @IsOptional()
  @IsString()
  WEB_ROOT?: string;

  /**
   * Key of the hash that stands for the author of anonymous feedback (ADR 0007): only the gateway
   * holds it. Secret: set it from the deployment's secret store; the default is for development only.
   */
  @IsString()
  @MinLength(16, { message: 'FEEDBACK_AUTHOR_SECRET must be at least 16 characters' })
  FEEDBACK_AUTHOR_SECRET: string = DEVELOPMENT_FEEDBACK_AUTHOR_SECRET;

  /** How long a background refresh of the services' liveness (what `/health` shows) waits for Redis. */
  @IsInt()
  @Min(50)
  HEALTH_TIMEOUT_MS: number = 1500;

  /** How often that view is refreshed. */
  @IsInt()
  @Min(100)
  @Max(60_000)
  HEALTH_REFRESH_MS: number = 1000;
}

export function assertProductionAuth(config: GatewayConfig): void {
  if (config.NODE_ENV === 'production' && !config.JWT_JWKS_URL) {
    throw new Error(
      'Invalid configuration:\n  JWT_JWKS_URL: required in production (tokens come from the identity provider)',
    );
  }
  if (config.NODE_ENV === 'production' && PLACEHOLDER_SECRET.test(config.FEEDBACK_AUTHOR_SECRET)) {
    throw new Error(
      'Invalid configuration:\n  FEEDBACK_AUTHOR_SECRET: required in production, from the secret store (not a placeholder)',
    );
  }
  if (config.NODE_ENV === 'production' && config.AUTH_DEV_SIGNIN === 'on') {
    throw new Error(
      'Invalid configuration:\n  AUTH_DEV_SIGNIN: the development sign-in cannot be on in production',
    );
  }
}

/** Development sign-in signs HS256 tokens with JWT_SECRET, so it exists only where those are what the gateway trusts. */
export function devSignInEnabled(config: GatewayConfig): boolean {
  return config.NODE_ENV !== 'production' && !config.JWT_JWKS_URL && config.AUTH_DEV_SIGNIN !== 'off';
}

/** The entries of TRUSTED_PROXIES (empty: trust no proxy). */
export function trustedProxies(config: GatewayConfig): string[] {
  return (config.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function isAddressOrCidr(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

function IsAddressList(options: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAddressList',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          value
            .split(',')
            .map((entry) => entry.trim())
            .filter(Boolean)
            .every(isAddressOrCidr),
      },
    },
    options,
  );
}
