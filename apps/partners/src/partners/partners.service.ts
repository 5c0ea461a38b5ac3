import {
  isUuid,
  type Actor,
  CreatePartnerDto,
  ListPartnersQuery,
  type Page,
  type PartnerLookupView,
  PartnerEventType,
  type PartnerView,
  type TierChangeView,
  UpdatePartnerDto,
  pageWindow,
  validateDto,
} from '@app/contracts';
import { assertVersion } from '@app/database';
import { Outbox } from '@app/messaging';
import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Partner, PartnerTierChange } from './partner.entity';
import { normalisePartnerName, partnerSearchText } from './partner-name';
import { partnerSnapshot, partnerView, tierChangeView } from './partner.view';
import { duplicatePartner, fieldRequired, partnerNotFound, tierReasonRequired } from './partners.errors';

const REQUIRED_ON_PATCH = ['name', 'organisationType', 'tier', 'status', 'sicCodes'] as const;

@Injectable()
export class PartnersService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async create(actor: Actor, payload: unknown): Promise<PartnerView> {
    const dto = await validateDto(CreatePartnerDto, payload);
    return this.em.transactional(async (em) => {
      await this.lockIdentities(em);
      const aliases = dedupe(dto.aliases ?? []);
      await this.assertUnique(em, dto.name, aliases, dto.companyNumber ?? null);
      const partner = em.create(Partner, {
        ...withoutNulls(dto),
        aliases,
        sicCodes: dto.sicCodes ?? [],
        normalizedName: normalisePartnerName(dto.name),
        normalizedAliases: aliases.map(normalisePartnerName),
        searchText: partnerSearchText(dto.name, aliases),
        createdBy: actor.sub,
      });
      await em.flush();
      this.outbox.record(em, {
        type: PartnerEventType.Created,
        version: 1,
        aggregateId: partner.id,
        payload: partnerSnapshot(partner),
      });
      return partnerView(partner);
    });
  }

  async list(payload: unknown): Promise<Page<PartnerView>> {
    const query = await validateDto(ListPartnersQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const where: FilterQuery<Partner> = {};
    if (!query.archived) where.archivedAt = null;
    if (query.tier) where.tier = query.tier;
    if (query.status) where.status = query.status;
    if (query.organisationType) where.organisationType = query.organisationType;
    if (query.q?.trim()) {
      const text = escapeLike(query.q.trim());
      const normalised = escapeLike(normalisePartnerName(query.q));
      where.$or = [{ name: { $ilike: `%${text}%` } }];
      if (normalised) where.$or.push({ searchText: { $like: `%${normalised}%` } });
    }
    const [items, total] = await this.em.findAndCount(Partner, where, {
      orderBy: { name: 'asc', id: 'asc' },
      limit,
      offset,
    });
    return { items: items.map(partnerView), total, page, limit };
  }

  async findLive(em: EntityManager, id: string): Promise<Partner> {
    const partner = isUuid(id) ? await em.findOne(Partner, { id }) : null;
    if (!partner) throw partnerNotFound(id);
    return partner;
  }

  async lookup(ids: unknown): Promise<PartnerLookupView[]> {
    const wanted = Array.isArray(ids)
      ? ids.filter((id): id is string => typeof id === 'string' && isUuid(id))
      : [];
    if (wanted.length === 0) return [];
    const found = await this.em.find(Partner, { id: { $in: wanted.slice(0, 10_000) } });
    return found.map((p) => ({
      id: p.id,
      name: p.name,
      organisationType: p.organisationType,
      archivedAt: p.archivedAt?.toISOString() ?? null,
    }));
  }

  /** A live or archived partner (404 when there is none). */
  async get(id: string): Promise<Partner> {
    return this.findLive(this.em, id);
  }

  async tierHistory(partnerId: string): Promise<TierChangeView[]> {
    const changes = await this.em.find(PartnerTierChange, { partnerId }, { orderBy: { changedAt: 'asc' } });
    return changes.map(tierChangeView);
  }

  async update(actor: Actor, id: string, payload: unknown): Promise<PartnerView> {
    const dto = await validateDto(UpdatePartnerDto, payload);
    const nulls = REQUIRED_ON_PATCH.filter((field) => dto[field] === null);
    if (nulls.length) throw fieldRequired(nulls);
    return this.em.transactional(async (em) => {
      const partner = await this.findLive(em, id);
      assertVersion(partner, dto.version, 'This partner');
      const { version: _version, tierChangeReason, ...changes } = dto;
      const tierChanging = changes.tier !== undefined && changes.tier !== partner.tier;
      if (tierChanging && !tierChangeReason) throw tierReasonRequired();

      const names =
        changes.name !== undefined || changes.aliases !== undefined || changes.companyNumber !== undefined;
      if (names) {
        await this.lockIdentities(em);
        const aliases = dedupe(changes.aliases ?? partner.aliases);
        const name = changes.name ?? partner.name;
        const companyNumber =
          changes.companyNumber === undefined ? partner.companyNumber : changes.companyNumber;
        await this.assertUnique(em, name, aliases, companyNumber ?? null, partner.id);
        Object.assign(partner, {
          normalizedName: normalisePartnerName(name),
          normalizedAliases: aliases.map(normalisePartnerName),
          searchText: partnerSearchText(name, aliases),
          aliases,
        });
        delete changes.aliases;
      }
      const fromTier = partner.tier;
      em.assign(partner, changes);
      if (tierChanging) {
        em.persist(
          em.create(PartnerTierChange, {
            id: randomUUID(),
            partnerId: partner.id,
            fromTier,
            toTier: partner.tier,
            reason: tierChangeReason!,
            changedBy: { userId: actor.sub, name: actor.name ?? null },
          }),
        );
      }
      await em.flush();
      this.outbox.record(em, {
        type: PartnerEventType.Updated,
        version: 1,
        aggregateId: partner.id,
        payload: partnerSnapshot(partner),
      });
      if (tierChanging) {
        this.outbox.record(em, {
          type: PartnerEventType.TierChanged,
          version: 1,
          aggregateId: partner.id,
          payload: {
            partner: partnerSnapshot(partner),
            from: fromTier,
            to: partner.tier,
            reason: tierChangeReason!,
            changedBy: actor.sub,
          },
        });
      }
      return partnerView(partner);
    });
  }

  async archive(id: string): Promise<void> {
    await this.em.transactional(async (em) => {
      const partner = await this.findLive(em, id);
      if (partner.archivedAt) return;
      partner.archivedAt = new Date();
      await em.flush();
      this.outbox.record(em, {
        type: PartnerEventType.Archived,
        version: 1,
        aggregateId: partner.id,
        payload: partnerSnapshot(partner),
      });
    });
  }

  /** Serialises changes of partner identities so two requests cannot both register one name. */
  private async lockIdentities(em: EntityManager): Promise<void> {
    await em.execute(`select pg_advisory_xact_lock(hashtext('partners.identity'))`);
  }

  private async assertUnique(
    em: EntityManager,
    name: string,
    aliases: string[],
    companyNumber: string | null,
    selfId?: string,
  ): Promise<void> {
    const keys = dedupe([name, ...aliases].map(normalisePartnerName));
    const or: FilterQuery<Partner>[] = [
      { normalizedName: { $in: keys } },
      { normalizedAliases: { $overlap: keys } },
    ];
    if (companyNumber) or.push({ companyNumber });
    const where: FilterQuery<Partner> = { archivedAt: null, $or: or };
    if (selfId) where.id = { $ne: selfId };
    const existing = await em.findOne(Partner, where);
    if (!existing) return;
    const nameKey = normalisePartnerName(name);
    const field =
      companyNumber && existing.companyNumber === companyNumber
        ? 'companyNumber'
        : existing.normalizedName === nameKey || existing.normalizedAliases.includes(nameKey)
          ? 'name'
          : 'aliases';
    throw duplicatePartner(existing.id, existing.name, field);
  }
}

/** On create, `null` means "not given": defaults apply. */
export function withoutNulls<T extends object>(dto: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
