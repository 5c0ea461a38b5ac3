import { ServiceConfig } from '@app/config';

export class PartnersConfig extends ServiceConfig {}
