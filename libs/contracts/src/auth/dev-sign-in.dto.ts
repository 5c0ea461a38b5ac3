import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { OneOf, Optional, OptionalText } from '../validation/decorators';
import { ROLES, type Role } from './actor';

/** The development sign-in page's choice: a role and, where it needs one, a faculty or school. */
export class DevSignInDto {
  @OneOf(ROLES, 'The role to sign in as')
  role!: Role;

  @Optional()
  @Matches(/^[A-Z][A-Z0-9-]{1,19}$/, { message: 'must be a faculty code such as ENG' })
  @ApiProperty({ required: false, description: 'Faculty code; required for the faculty role' })
  faculty?: string;

  @Optional()
  @Matches(/^[A-Z][A-Z0-9-]{1,39}$/, { message: 'must be a school code such as LAW or ENG-MECH' })
  @ApiProperty({ required: false, description: 'School code (students and partnership staff)' })
  school?: string;

  @OptionalText(120, 'Display name')
  name?: string;

  @Optional()
  @Matches(/^[A-Za-z0-9._@-]{1,80}$/, { message: 'must be letters, digits and . _ @ - (at most 80)' })
  @ApiProperty({ required: false, description: 'User id (token subject); defaults to dev-<role>' })
  sub?: string;
}

/** The identity provider the web app signs in with (OIDC, authorisation code with PKCE). */
export class OidcSettingsView {
  @ApiProperty({ format: 'uri' }) issuer!: string;
  @ApiProperty() clientId!: string;
  @ApiProperty({ example: 'openid profile email' }) scope!: string;
  @ApiProperty({ required: false, description: 'The API resource indicator, when the provider needs one' })
  resource?: string;
}

/** What the web app needs to know to offer sign-in. */
export class AuthSettings {
  @ApiProperty({ description: 'Whether the development sign-in page may be offered' }) devSignIn!: boolean;
  @ApiProperty({ type: OidcSettingsView, nullable: true }) oidc!: OidcSettingsView | null;
}

/** A development token for the chosen role. */
export class DevSignInReply {
  @ApiProperty({ description: 'A bearer token' }) token!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
