import { ServiceConfig } from '@app/config';

export class ActivitiesConfig extends ServiceConfig {}
