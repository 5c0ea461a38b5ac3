import { StreamsClient } from '@app/messaging';
import { type DynamicModule, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { ActivitiesConfig } from '../activities.config';
import { PartnerDirectory } from './partner-directory';

/** The partners service's directory, asked over its request stream (an activity names a partner). */
@Module({})
export class PartnersLookupModule implements OnApplicationShutdown {
  constructor(private readonly directory: PartnerDirectory) {}

  static register(config: ActivitiesConfig): DynamicModule {
    return {
      module: PartnersLookupModule,
      providers: [
        {
          provide: PartnerDirectory,
          useFactory: () =>
            new PartnerDirectory(
              new StreamsClient({
                redisUrl: config.REDIS_URL,
                keyPrefix: config.BULLMQ_PREFIX,
                service: 'partners',
                timeoutMs: config.REQUEST_TIMEOUT_MS,
              }),
            ),
        },
      ],
      exports: [PartnerDirectory],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.directory.close();
  }
}
