import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/**
 * The success answer of an operation, described by the reply class that RpcMap names for the
 * pattern it calls (a class in libs/contracts with `@ApiProperty` on every field), so the OpenAPI
 * document and the web app's generated types cannot disagree with the services.
 */
export function ApiReply(view: Type<unknown>, description: string, status: 200 | 201 | 202 = 200) {
  return applyDecorators(ApiExtraModels(view), ApiResponse({ status, description, type: view }));
}

/** A list's success answer: `{ items: View[], total, page, limit }`. */
export function ApiPagedReply(view: Type<unknown>, description: string) {
  return applyDecorators(
    ApiExtraModels(view),
    ApiResponse({
      status: 200,
      description,
      schema: {
        type: 'object',
        required: ['items', 'total', 'page', 'limit'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(view) } },
          total: { type: 'integer', minimum: 0, description: 'How many match, on every page' },
          page: { type: 'integer', minimum: 1 },
          limit: { type: 'integer', minimum: 1, maximum: 200 },
        },
      },
    }),
  );
}

/** `204 No Content`. */
export function ApiNoContent(description: string) {
  return ApiResponse({ status: 204, description });
}
