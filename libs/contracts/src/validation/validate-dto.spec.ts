import { CreatePartnerDto, DomainError, UpdatePartnerDto, validateDto } from '../index';

async function problems(cls: new () => object, body: unknown) {
  try {
    await validateDto(cls, body);
    return [];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).toBe('common.validation_failed');
    return error.details ?? [];
  }
}

describe('validateDto', () => {
  it('accepts a valid partner and trims text', async () => {
    const dto = await validateDto(CreatePartnerDto, {
      name: '  Arup  ',
      organisationType: 'large_company',
      aliases: [' Ove Arup '],
    });
    expect(dto.name).toBe('Arup');
    expect(dto.aliases).toEqual(['Ove Arup']);
  });

  it('names a bad enum value with the allowed values', async () => {
    expect(await problems(CreatePartnerDto, { name: 'X', organisationType: 'sme', tier: 'gold' })).toEqual([
      { field: 'tier', problem: 'must be one of corporate, strategic, transactional' },
    ]);
  });

  it('gives nested fields a dotted path', async () => {
    expect(
      await problems(CreatePartnerDto, {
        name: 'X',
        organisationType: 'sme',
        relationshipOwner: { userId: 'u', name: 7 },
      }),
    ).toEqual([{ field: 'relationshipOwner.name', problem: 'must be text' }]);
  });

  it('rejects unknown fields, at the top level and nested', async () => {
    expect(await problems(CreatePartnerDto, { name: 'X', organisationType: 'sme', extra: 1 })).toEqual([
      { field: 'extra', problem: 'is not an allowed field' },
    ]);
    expect(
      await problems(CreatePartnerDto, {
        name: 'X',
        organisationType: 'sme',
        relationshipOwner: { userId: 'u', name: 'n', x: 1 },
      }),
    ).toEqual([{ field: 'relationshipOwner.x', problem: 'is not an allowed field' }]);
  });

  it('reports one problem per field, and says what is missing', async () => {
    expect(await problems(CreatePartnerDto, {})).toEqual([
      { field: 'name', problem: 'is required' },
      { field: 'organisationType', problem: 'is required' },
    ]);
  });

  it('requires the version on PATCH', async () => {
    expect(await problems(UpdatePartnerDto, { sector: 'Retail' })).toEqual([
      { field: 'version', problem: 'is required: send the version you read' },
    ]);
  });

  it('refuses a body that is not an object', async () => {
    expect(await problems(CreatePartnerDto, [1, 2])).toEqual([
      { field: '(body)', problem: 'must be a JSON object' },
    ]);
    expect(await problems(CreatePartnerDto, 'text')).toEqual([
      { field: '(body)', problem: 'must be a JSON object' },
    ]);
  });
});
