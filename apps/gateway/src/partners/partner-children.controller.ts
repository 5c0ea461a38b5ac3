import {
  type Actor,
  AgreementView,
  ContactView,
  CreateAgreementDto,
  CreateContactDto,
  CreateGoalDto,
  CreateMemberDto,
  GoalView,
  MemberView,
  type PartnerChildKind,
  type PartnerChildPattern,
  type PartnerChildTypes,
  type ReplyOf,
  type RequestOf,
  UpdateAgreementDto,
  UpdateContactDto,
  UpdateGoalDto,
  UpdateMemberDto,
  childPattern,
} from '@app/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiNoContent, ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { ServiceClients } from '../rpc/service-clients';
import { createValidationPipe } from '../errors/validation.pipe';

/** What one of the four routes answers, whichever kind it is under. */
type ChildReply<A extends 'list' | 'create' | 'update'> = Promise<
  ReplyOf<'partners', PartnerChildPattern<PartnerChildKind, A>>
>;

/** The four routes of one kind of sub-resource under `/partners/:partnerId/<kind>`. */
function childController<K extends PartnerChildKind>(
  kind: K,
  types: {
    view: Type<PartnerChildTypes[K]['view']>;
    create: Type<PartnerChildTypes[K]['create']>;
    update: Type<PartnerChildTypes[K]['update']>;
  },
  what: string,
) {
  const bodyPipe = createValidationPipe();
  // Widened to the four kinds' patterns: `call` types a union of patterns, not one still generic in K.
  const patterns: {
    [A in 'list' | 'create' | 'update' | 'delete']: PartnerChildPattern<PartnerChildKind, A>;
  } = {
    list: childPattern(kind, 'list'),
    create: childPattern(kind, 'create'),
    update: childPattern(kind, 'update'),
    delete: childPattern(kind, 'delete'),
  };

  @ApiTags('partners')
  @ApiStandardErrors()
  @ApiBearerAuth()
  @Controller(`partners/:partnerId/${kind}`)
  class ChildController {
    constructor(readonly services: ServiceClients) {}

    @Get()
    @Allow(patterns.list)
    @ApiOperation({ summary: `List a partner's ${what}` })
    @ApiPagedReply(types.view, `All of the partner's ${what} (one page)`)
    list(@CurrentActor() actor: Actor, @Param('partnerId') partnerId: string): ChildReply<'list'> {
      return this.services.call('partners', patterns.list, actor, { partnerId });
    }

    @Post()
    @Allow(patterns.create)
    @ApiOperation({ summary: `Add to a partner's ${what}` })
    @ApiBody({ type: types.create })
    @ApiReply(types.view, 'The record added', 201)
    async create(
      @CurrentActor() actor: Actor,
      @Param('partnerId') partnerId: string,
      @Body() raw: unknown,
    ): ChildReply<'create'> {
      const body: unknown = await bodyPipe.transform(raw, { type: 'body', metatype: types.create });
      // The pipe has checked `body` against this kind's create DTO, which TypeScript cannot follow.
      const payload = { partnerId, body } as RequestOf<'partners', typeof patterns.create>;
      return this.services.call('partners', patterns.create, actor, payload);
    }

    @Patch(':childId')
    @Allow(patterns.update)
    @ApiOperation({
      summary: `Change one of a partner's ${what}`,
      description: 'Send the `version` you read.',
    })
    @ApiBody({ type: types.update })
    @ApiReply(types.view, 'The changed record')
    async update(
      @CurrentActor() actor: Actor,
      @Param('partnerId') partnerId: string,
      @Param('childId') childId: string,
      @Body() raw: unknown,
    ): ChildReply<'update'> {
      const body: unknown = await bodyPipe.transform(raw, { type: 'body', metatype: types.update });
      // The pipe has checked `body` against this kind's update DTO, which TypeScript cannot follow.
      const payload = { partnerId, childId, body } as RequestOf<'partners', typeof patterns.update>;
      return this.services.call('partners', patterns.update, actor, payload);
    }

    @Delete(':childId')
    @HttpCode(204)
    @Allow(patterns.delete)
    @ApiOperation({ summary: `Remove one of a partner's ${what}` })
    @ApiNoContent('Removed')
    async remove(
      @CurrentActor() actor: Actor,
      @Param('partnerId') partnerId: string,
      @Param('childId') childId: string,
    ): Promise<void> {
      await this.services.call('partners', patterns.delete, actor, { partnerId, childId });
    }
  }
  Object.defineProperty(ChildController, 'name', {
    value: `Partner${kind[0].toUpperCase()}${kind.slice(1)}Controller`,
  });
  return ChildController;
}

export const PartnerChildControllers = [
  childController(
    'contacts',
    { view: ContactView, create: CreateContactDto, update: UpdateContactDto },
    'contacts',
  ),
  childController(
    'goals',
    { view: GoalView, create: CreateGoalDto, update: UpdateGoalDto },
    'shared strategic goals and objectives',
  ),
  childController(
    'agreements',
    { view: AgreementView, create: CreateAgreementDto, update: UpdateAgreementDto },
    'agreements (values hidden from faculty)',
  ),
  childController(
    'members',
    { view: MemberView, create: CreateMemberDto, update: UpdateMemberDto },
    'member organisations (consortia, joint partnerships)',
  ),
];
