import {
  isUuid,
  type Actor,
  CreateAgreementDto,
  CreateContactDto,
  CreateGoalDto,
  CreateMemberDto,
  DomainError,
  type ErrorCode,
  PartnerError,
  type Page,
  type PartnerChildKind,
  type PartnerChildView,
  type PartnerDetailView,
  UpdateAgreementDto,
  UpdateContactDto,
  UpdateGoalDto,
  UpdateMemberDto,
  moneyToDb,
  PartnerEventType,
  validateDto,
} from '@app/contracts';
import { assertVersion } from '@app/database';
import { Outbox } from '@app/messaging';
import type { EntityName } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Partner } from '../partners/partner.entity';
import { dateOrder, fieldRequired } from '../partners/partners.errors';
import { PartnersService, withoutNulls } from '../partners/partners.service';
import { Agreement, Contact, Goal, Membership } from './child.entities';
import { agreementView, contactView, goalView, memberView } from './child.views';

type ChildEntity = Contact | Goal | Agreement | Membership;

interface ChildKindSpec {
  entity: new () => ChildEntity;
  create: new () => object;
  update: new () => { version: number };
  notFound: ErrorCode;
  label: string;
  requiredOnPatch: string[];
  dates?: [start: string, end: string];
}

const SPECS: Record<PartnerChildKind, ChildKindSpec> = {
  contacts: {
    entity: Contact,
    create: CreateContactDto,
    update: UpdateContactDto,
    notFound: PartnerError.ContactNotFound,
    label: 'contact',
    requiredOnPatch: ['name', 'primary'],
    dates: ['startDate', 'endDate'],
  },
  goals: {
    entity: Goal,
    create: CreateGoalDto,
    update: UpdateGoalDto,
    notFound: PartnerError.GoalNotFound,
    label: 'goal',
    requiredOnPatch: ['title', 'status'],
  },
  agreements: {
    entity: Agreement,
    create: CreateAgreementDto,
    update: UpdateAgreementDto,
    notFound: PartnerError.AgreementNotFound,
    label: 'agreement',
    requiredOnPatch: ['type', 'title', 'startDate', 'status'],
    dates: ['startDate', 'endDate'],
  },
  members: {
    entity: Membership,
    create: CreateMemberDto,
    update: UpdateMemberDto,
    notFound: PartnerError.MemberNotFound,
    label: 'member',
    requiredOnPatch: [],
  },
};

/** Contacts, goals, agreements and members: each lives under one partner, with one shape of rules. */
@Injectable()
export class ChildrenService {
  constructor(
    private readonly em: EntityManager,
    private readonly partners: PartnersService,
    private readonly outbox: Outbox,
  ) {}

  async list<K extends PartnerChildKind>(
    kind: K,
    actor: Actor,
    partnerId: string,
  ): Promise<Page<PartnerChildView<K>>> {
    await this.partners.findLive(this.em, partnerId);
    const rows = await findChildren(this.em, kind, { partnerId });
    const items = await this.views(kind, actor, rows);
    return { items, total: items.length, page: 1, limit: items.length };
  }

  async create<K extends PartnerChildKind>(
    kind: K,
    actor: Actor,
    partnerId: string,
    payload: unknown,
  ): Promise<PartnerChildView<K>> {
    const spec = SPECS[kind];
    const dto = (await validateDto(spec.create, payload)) as Record<string, unknown>;
    return this.em.transactional(async (em) => {
      await this.partners.findLive(em, partnerId);
      checkDates(spec, dto);
      if (kind === 'members') await this.checkMember(em, partnerId, dto.memberPartnerId as string);
      if (kind === 'contacts' && dto.primary === true) await this.clearPrimary(em, partnerId);
      const entity = em.create(spec.entity, {
        ...toColumns(withoutNulls(dto)),
        partnerId,
      } as never) as ChildEntity;
      await em.flush();
      if (entity instanceof Agreement) this.agreementSaved(em, entity);
      return (await this.views(kind, actor, [entity], em))[0];
    });
  }

  async update<K extends PartnerChildKind>(
    kind: K,
    actor: Actor,
    partnerId: string,
    childId: string,
    payload: unknown,
  ): Promise<PartnerChildView<K>> {
    const spec = SPECS[kind];
    const dto: Record<string, unknown> & { version: number } = await validateDto(spec.update, payload);
    const nulls = spec.requiredOnPatch.filter((field) => dto[field] === null);
    if (nulls.length) throw fieldRequired(nulls);
    return this.em.transactional(async (em) => {
      const entity = await this.findChild(em, kind, partnerId, childId);
      assertVersion(entity, dto.version, `This ${spec.label}`);
      const { version: _version, ...changes } = dto;
      checkDates(spec, { ...(entity as unknown as Record<string, unknown>), ...changes });
      if (kind === 'contacts' && changes.primary === true) await this.clearPrimary(em, partnerId, childId);
      em.assign(entity, toColumns(changes) as never);
      await em.flush();
      if (entity instanceof Agreement) this.agreementSaved(em, entity);
      return (await this.views(kind, actor, [entity], em))[0];
    });
  }

  async remove(kind: PartnerChildKind, partnerId: string, childId: string): Promise<void> {
    await this.em.transactional(async (em) => {
      const entity = await this.findChild(em, kind, partnerId, childId);
      em.remove(entity);
      if (entity instanceof Agreement) {
        this.outbox.record(em, {
          type: PartnerEventType.AgreementRemoved,
          version: 1,
          aggregateId: entity.id,
          payload: { id: entity.id, partnerId },
        });
      }
    });
  }

  /** Reporting asks "is a formal agreement in place"; the value stays in this service. */
  private agreementSaved(em: EntityManager, agreement: Agreement): void {
    this.outbox.record(em, {
      type: PartnerEventType.AgreementSaved,
      version: 1,
      aggregateId: agreement.id,
      payload: {
        id: agreement.id,
        partnerId: agreement.partnerId,
        type: agreement.type,
        title: agreement.title,
        status: agreement.status,
        startDate: agreement.startDate,
        endDate: agreement.endDate ?? null,
        version: agreement.version,
      },
    });
  }

  async childrenOf(
    actor: Actor,
    partnerId: string,
  ): Promise<Pick<PartnerDetailView, 'contacts' | 'goals' | 'agreements' | 'members'>> {
    const of = <K extends PartnerChildKind>(kind: K) =>
      findChildren(this.em, kind, { partnerId }).then((rows) => this.views(kind, actor, rows));
    const [contacts, goals, agreements, members] = await Promise.all([
      of('contacts'),
      of('goals'),
      of('agreements'),
      of('members'),
    ]);
    return { contacts, goals, agreements, members };
  }

  private async findChild(em: EntityManager, kind: PartnerChildKind, partnerId: string, childId: string) {
    const spec = SPECS[kind];
    await this.partners.findLive(em, partnerId);
    const entity = isUuid(childId)
      ? (await findChildren(em, kind, { id: childId, partnerId }))[0]
      : undefined;
    if (!entity) throw new DomainError(spec.notFound, `No ${spec.label} with id ${childId} on this partner`);
    return entity;
  }

  private async checkMember(em: EntityManager, partnerId: string, memberId: string): Promise<void> {
    if (memberId === partnerId) {
      throw new DomainError(PartnerError.MemberInvalid, 'A partner cannot be a member of itself', [
        { field: 'memberPartnerId', problem: 'must be another partner' },
      ]);
    }
    const member = await em.findOne(Partner, { id: memberId });
    if (!member || member.archivedAt) {
      throw new DomainError(PartnerError.MemberInvalid, `No live partner with id ${memberId}`, [
        { field: 'memberPartnerId', problem: 'must name an existing, non-archived partner' },
      ]);
    }
    const existing = await em.findOne(Membership, { partnerId, memberPartnerId: memberId });
    if (existing) {
      throw new DomainError(
        PartnerError.MemberDuplicate,
        `${member.name} is already a member`,
        [{ field: 'memberPartnerId', problem: 'is already a member' }],
        { existingId: existing.id },
      );
    }
  }

  private async clearPrimary(em: EntityManager, partnerId: string, exceptId?: string): Promise<void> {
    const others = await em.find(Contact, {
      partnerId,
      primary: true,
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    for (const other of others) other.primary = false;
  }

  private async views<K extends PartnerChildKind>(
    kind: K,
    actor: Actor,
    rows: ChildEntity[],
    em: EntityManager = this.em,
  ): Promise<PartnerChildView<K>[]> {
    switch (kind) {
      case 'contacts':
        return (rows as Contact[]).map(contactView);
      case 'goals':
        return (rows as Goal[]).map(goalView);
      case 'agreements':
        return (rows as Agreement[]).map((row) => agreementView(row, actor));
      case 'members': {
        const memberships = rows as Membership[];
        const ids = memberships.map((row) => row.memberPartnerId);
        const names = new Map(
          ids.length
            ? (await em.find(Partner, { id: { $in: ids } })).map((p) => [p.id, p.name] as const)
            : [],
        );
        return memberships.map((row) => memberView(row, names.get(row.memberPartnerId) ?? null));
      }
    }
  }
}

/** The four kinds share columns `id` and `partnerId`; MikroORM cannot type a query over a union of entities. */
function findChildren(
  em: EntityManager,
  kind: PartnerChildKind,
  where: { partnerId: string; id?: string },
): Promise<ChildEntity[]> {
  const entity = SPECS[kind].entity as EntityName<ChildEntity>;
  return em.find(entity, where, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

function toColumns(dto: Record<string, unknown>): Record<string, unknown> {
  return 'valueGbp' in dto ? { ...dto, valueGbp: moneyToDb(dto.valueGbp as number | null) } : dto;
}

function checkDates(spec: ChildKindSpec, values: Record<string, unknown>): void {
  if (!spec.dates) return;
  const [startField, endField] = spec.dates;
  const start = values[startField];
  const end = values[endField];
  if (typeof start === 'string' && typeof end === 'string' && end < start)
    throw dateOrder(endField, startField);
}
