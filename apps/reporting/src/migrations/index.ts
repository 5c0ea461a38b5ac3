import { Migration20261124300000Reporting } from './Migration20261124300000_reporting';

export { REPORTING_SCHEMA } from './Migration20261124300000_reporting';

/** In order. A new migration is added at the end, never edited once released. */
export const REPORTING_MIGRATIONS = [
  { name: 'Migration20261124300000Reporting', class: Migration20261124300000Reporting },
];
