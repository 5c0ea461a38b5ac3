import { type Actor, type PartnerLookupItem, PartnerLookupPattern } from '@app/contracts';
import { StreamsClient } from '@app/messaging';
import { firstValueFrom } from 'rxjs';

const SYSTEM: Actor = { sub: 'activities-service', roles: ['admin'] };

/**
 * Asks the partners service whether partners exist and are live (ADR 0005: asked, not a read
 * model, so an activity can name a partner created a moment ago).
 */
export class PartnerDirectory {
  constructor(private readonly client: StreamsClient) {}

  async lookup(ids: string[]): Promise<Map<string, PartnerLookupItem>> {
    if (ids.length === 0) return new Map();
    const items = await firstValueFrom(
      this.client.send<PartnerLookupItem[]>(PartnerLookupPattern, {
        actor: SYSTEM,
        payload: { ids: [...new Set(ids)] },
      }),
    );
    return new Map(items.map((item) => [item.id, item]));
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
