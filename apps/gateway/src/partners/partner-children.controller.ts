import {
  type Actor,
  CreateAgreementDto,
  CreateContactDto,
  CreateGoalDto,
  CreateMemberDto,
  PARTNER_READERS,
  PARTNER_WRITERS,
  type PartnerChildKind,
  UpdateAgreementDto,
  UpdateContactDto,
  UpdateGoalDto,
  UpdateMemberDto,
  childPattern,
} from '@app/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ServiceClients } from '../rpc/service-clients';
import { createValidationPipe } from '../errors/validation.pipe';

/** The four routes of one kind of sub-resource under `/partners/:partnerId/<kind>`. */
function childController(kind: PartnerChildKind, createDto: Type, updateDto: Type, what: string) {
  const bodyPipe = createValidationPipe();

  @ApiTags('partners')
  @ApiStandardErrors()
  @ApiBearerAuth()
  @Controller(`partners/:partnerId/${kind}`)
  class ChildController {
    constructor(readonly services: ServiceClients) {}

    @Get()
    @Roles(...PARTNER_READERS)
    @ApiOperation({ summary: `List a partner's ${what}` })
    list(@CurrentActor() actor: Actor, @Param('partnerId') partnerId: string) {
      return this.services.callUntyped('partners', childPattern(kind, 'list'), actor, { partnerId });
    }

    @Post()
    @Roles(...PARTNER_WRITERS)
    @ApiOperation({ summary: `Add to a partner's ${what}` })
    @ApiBody({ type: createDto })
    async create(@CurrentActor() actor: Actor, @Param('partnerId') partnerId: string, @Body() raw: unknown) {
      const body: unknown = await bodyPipe.transform(raw, { type: 'body', metatype: createDto });
      return this.services.callUntyped('partners', childPattern(kind, 'create'), actor, { partnerId, body });
    }

    @Patch(':childId')
    @Roles(...PARTNER_WRITERS)
    @ApiOperation({
      summary: `Change one of a partner's ${what}`,
      description: 'Send the `version` you read.',
    })
    @ApiBody({ type: updateDto })
    async update(
      @CurrentActor() actor: Actor,
      @Param('partnerId') partnerId: string,
      @Param('childId') childId: string,
      @Body() raw: unknown,
    ) {
      const body: unknown = await bodyPipe.transform(raw, { type: 'body', metatype: updateDto });
      return this.services.callUntyped('partners', childPattern(kind, 'update'), actor, {
        partnerId,
        childId,
        body,
      });
    }

    @Delete(':childId')
    @HttpCode(204)
    @Roles(...PARTNER_WRITERS)
    @ApiOperation({ summary: `Remove one of a partner's ${what}` })
    async remove(
      @CurrentActor() actor: Actor,
      @Param('partnerId') partnerId: string,
      @Param('childId') childId: string,
    ) {
      await this.services.callUntyped('partners', childPattern(kind, 'delete'), actor, { partnerId, childId });
    }
  }
  Object.defineProperty(ChildController, 'name', {
    value: `Partner${kind[0].toUpperCase()}${kind.slice(1)}Controller`,
  });
  return ChildController;
}

export const PartnerChildControllers = [
  childController('contacts', CreateContactDto, UpdateContactDto, 'contacts'),
  childController('goals', CreateGoalDto, UpdateGoalDto, 'shared strategic goals and objectives'),
  childController(
    'agreements',
    CreateAgreementDto,
    UpdateAgreementDto,
    'agreements (values hidden from faculty)',
  ),
  childController(
    'members',
    CreateMemberDto,
    UpdateMemberDto,
    'member organisations (consortia, joint partnerships)',
  ),
];
