import { serviceOrmConfig } from '@app/database';
import { OutboxEvent } from '@app/messaging';
import type { Logger } from 'pino';
import { Agreement, Contact, Goal, Membership } from './children/child.entities';
import { PARTNERS_MIGRATIONS, PARTNERS_SCHEMA } from './migrations';
import { Enquiry } from './enquiries/enquiry.entity';
import { Partner, PartnerTierChange } from './partners/partner.entity';

export const PARTNERS_ENTITIES = [
  Partner,
  PartnerTierChange,
  Contact,
  Goal,
  Agreement,
  Membership,
  Enquiry,
  OutboxEvent,
];

export function partnersOrmConfig(databaseUrl: string, logger?: Logger) {
  return serviceOrmConfig({
    databaseUrl,
    schema: PARTNERS_SCHEMA,
    entities: PARTNERS_ENTITIES,
    migrations: PARTNERS_MIGRATIONS,
    logger,
  });
}
