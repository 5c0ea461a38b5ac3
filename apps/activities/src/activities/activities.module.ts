import { type DynamicModule, Module } from '@nestjs/common';
import { ActivitiesHandlers } from './activities.handlers';
import { ActivitiesService } from './activities.service';

@Module({})
export class ActivitiesModule {
  /** `partnersLookup`: the one `PartnersLookupModule.register(…)` of the app, shared with imports. */
  static register(partnersLookup: DynamicModule): DynamicModule {
    return {
      module: ActivitiesModule,
      imports: [partnersLookup],
      controllers: [ActivitiesHandlers],
      providers: [ActivitiesService],
    };
  }
}
