/** Part of a JSON schema in the gateway's OpenAPI document, as far as these checks read it. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  additionalProperties?: boolean | Schema;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

/** The JSON schema an operation documents for one of its answers, or undefined when it documents none. */
export function answerSchema(
  doc: OpenApiDocument,
  method: string,
  path: string,
  status: number,
): Schema | undefined {
  return doc.paths[`/api/v1${path}`]?.[method]?.responses[String(status)]?.content?.['application/json']
    ?.schema;
}

function resolved(doc: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) return resolved(doc, doc.components.schemas[schema.$ref.split('/').pop()!]);
  const notNull = schema.anyOf?.filter((option) => option.type !== 'null');
  return notNull?.length === 1 ? resolved(doc, notNull[0]) : schema;
}

/**
 * Where an answer strays from its schema's fields: a field it sends that the schema does not
 * name, or a required field it leaves out, at any depth (the values' types are TypeScript's to check).
 */
export function undocumentedFields(doc: OpenApiDocument, schema: Schema, value: unknown, at = '$'): string[] {
  const shape = resolved(doc, schema);
  if (Array.isArray(value))
    return shape.items
      ? value.flatMap((item, i) => undocumentedFields(doc, shape.items!, item, `${at}[${i}]`))
      : [];
  if (value === null || typeof value !== 'object') return [];
  const fields = value as Record<string, unknown>;
  if (!shape.properties) {
    const each = shape.additionalProperties;
    return typeof each === 'object'
      ? Object.entries(fields).flatMap(([key, v]) => undocumentedFields(doc, each, v, `${at}.${key}`))
      : [];
  }
  const properties = shape.properties;
  return [
    ...(shape.required ?? []).filter((key) => !(key in fields)).map((key) => `${at}.${key} is missing`),
    ...Object.entries(fields).flatMap(([key, v]) =>
      properties[key]
        ? undocumentedFields(doc, properties[key], v, `${at}.${key}`)
        : [`${at}.${key} is not documented`],
    ),
  ];
}

/** Asserts that `answer` has `status` and exactly the fields the operation's OpenAPI schema documents. */
export function expectDocumentedAnswer(
  doc: OpenApiDocument,
  method: string,
  path: string,
  status: number,
  answer: { status: number; body: unknown },
): void {
  expect(answer.status).toBe(status);
  const schema = answerSchema(doc, method, path, status);
  expect(schema).toBeDefined();
  expect(undocumentedFields(doc, schema!, answer.body)).toEqual([]);
}
