import { templateCsv } from '@app/contracts';

export const IMPORT_TEMPLATE = templateCsv();
