import {
  isUuid,
  type Actor,
  CommonError,
  CreateEnquiryDto,
  DomainError,
  EnquiryPattern,
  type EnquiryStatus,
  type EnquiryView,
  can,
  scopeOf,
  ListEnquiriesQuery,
  type Page,
  pageWindow,
  PartnerError,
  TransitionEnquiryDto,
  validateDto,
} from '@app/contracts';
import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Partner } from '../partners/partner.entity';
import { normalisePartnerName } from '../partners/partner-name';
import { PartnersService } from '../partners/partners.service';
import { Enquiry } from './enquiry.entity';

/** What this caller may move the enquiry to: the moves its status allows, if they may move enquiries. */
export function allowedTransitions(actor: Actor, enquiry: Enquiry): EnquiryStatus[] {
  return can(actor, EnquiryPattern.Transition) ? enquiry.nextStatuses() : [];
}

const enquiryView = (enquiry: Enquiry, actor: Actor): EnquiryView => ({
  id: enquiry.id,
  organisationName: enquiry.organisationName,
  summary: enquiry.summary,
  faculty: enquiry.faculty,
  partnerId: enquiry.partnerId ?? null,
  status: enquiry.status,
  raisedBy: enquiry.raisedBy,
  transitions: enquiry.transitions,
  allowedTransitions: allowedTransitions(actor, enquiry),
  createdAt: enquiry.createdAt.toISOString(),
  updatedAt: enquiry.updatedAt.toISOString(),
  version: enquiry.version,
});

/** The office triages every enquiry; other staff see the enquiries they raised. */
const triages = (actor: Actor) => scopeOf(actor, EnquiryPattern.List) === 'all';

/** Faculty staff raise enquiries for their own faculty; any other staff role may name any faculty. */
function mayRaiseFor(actor: Actor, faculty: string): boolean {
  return scopeOf(actor, EnquiryPattern.Create) === 'all' || actor.faculty === faculty;
}

@Injectable()
export class EnquiriesService {
  constructor(
    private readonly em: EntityManager,
    private readonly partners: PartnersService,
  ) {}

  async create(actor: Actor, payload: unknown): Promise<EnquiryView> {
    const dto = await validateDto(CreateEnquiryDto, payload);
    if (!mayRaiseFor(actor, dto.faculty)) {
      throw new DomainError(
        CommonError.Forbidden,
        `You can raise enquiries for your own faculty (${actor.faculty ?? 'none'}) only`,
        [{ field: 'faculty', problem: `must be your own faculty (${actor.faculty ?? 'none'})` }],
      );
    }
    if (dto.partnerId) await this.partners.findLive(this.em, dto.partnerId);
    const enquiry = this.em.create(Enquiry, {
      ...dto,
      raisedBy: { userId: actor.sub, name: actor.name ?? null, email: actor.email ?? null },
    });
    await this.em.flush();
    return enquiryView(enquiry, actor);
  }

  async list(actor: Actor, payload: unknown): Promise<Page<EnquiryView>> {
    const query = await validateDto(ListEnquiriesQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const where: FilterQuery<Enquiry> = {};
    if (query.status) where.status = query.status;
    if (!triages(actor)) where.raisedBy = { userId: actor.sub };
    const [rows, total] = await this.em.findAndCount(Enquiry, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit,
      offset,
    });
    return { items: rows.map((row) => enquiryView(row, actor)), total, page, limit };
  }

  async get(actor: Actor, id: string): Promise<EnquiryView> {
    return enquiryView(await this.find(actor, id), actor);
  }

  /** Moves an enquiry on; converting it registers a prospect partner, or links the one it names or matches. */
  async transition(actor: Actor, id: string, payload: unknown): Promise<EnquiryView> {
    const dto = await validateDto(TransitionEnquiryDto, payload);
    const enquiry = await this.find(actor, id);
    enquiry.assertCanBecome(dto.to);
    if (dto.to === 'converted' && !enquiry.partnerId) {
      enquiry.partnerId = await this.prospectFor(
        actor,
        enquiry.organisationName,
        dto.organisationType ?? 'other',
      );
    }
    enquiry.transition(dto.to, dto.note, { userId: actor.sub, name: actor.name ?? null });
    await this.em.flush();
    return enquiryView(enquiry, actor);
  }

  private async prospectFor(actor: Actor, name: string, organisationType: string): Promise<string> {
    const key = normalisePartnerName(name);
    const existing = await this.em.findOne(Partner, {
      archivedAt: null,
      $or: [{ normalizedName: key }, { normalizedAliases: { $overlap: [key] } }],
    });
    if (existing) return existing.id;
    const created = await this.partners.create(actor, { name, organisationType, status: 'prospect' });
    return created.id;
  }

  private async find(actor: Actor, id: string): Promise<Enquiry> {
    const enquiry = isUuid(id) ? await this.em.findOne(Enquiry, { id }) : null;
    if (!enquiry || (!triages(actor) && enquiry.raisedBy.userId !== actor.sub)) {
      throw new DomainError(PartnerError.EnquiryNotFound, `No enquiry with id ${id}`);
    }
    return enquiry;
  }
}
