import { type DynamicModule, Module } from '@nestjs/common';
import type { ProgrammesConfig } from '../programmes.config';
import { RepresentationModule } from '../representation/representation.module';
import { FeedbackSettings } from './feedback-settings';
import { FeedbackHandlers } from './feedback.handlers';
import { FeedbackService } from './feedback.service';

@Module({})
export class FeedbackModule {
  static register(config: ProgrammesConfig): DynamicModule {
    return {
      module: FeedbackModule,
      imports: [RepresentationModule],
      controllers: [FeedbackHandlers],
      providers: [FeedbackService, { provide: FeedbackSettings, useValue: new FeedbackSettings(config) }],
    };
  }
}
