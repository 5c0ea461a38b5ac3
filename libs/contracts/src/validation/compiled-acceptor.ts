import { TransformationType } from 'class-transformer';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationArguments } from 'class-validator';

/** `true` only when `validateDto(cls, plain)` would accept `plain` and return it unchanged. */
export type Acceptor = (plain: unknown) => boolean;

type PropertyCheck = (value: unknown, object: Record<string, unknown>) => boolean;
type ValidationMetadata = ReturnType<
  ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']
>[number];

const UNDERSTOOD = new Set<string>([
  ValidationTypes.CONDITIONAL_VALIDATION,
  ValidationTypes.IS_DEFINED,
  ValidationTypes.CUSTOM_VALIDATION,
  ValidationTypes.NESTED_VALIDATION,
  ValidationTypes.WHITELIST,
]);
const PRIMITIVE_TYPES = new Map<unknown, string>([
  [Number, 'number'],
  [String, 'string'],
  [Boolean, 'boolean'],
]);

const compiled = new Map<Function, Acceptor | null>();

/**
 * A synchronous yes/no form of `validateDto` for hot paths (a CSV import validates 100,000 rows):
 * built once per class from class-validator's own metadata, calling the same constraint
 * implementations, without class-transformer's copy or class-validator's error objects.
 *
 * It says yes only when `validateDto` would accept the object *as it is*: every transform must
 * leave each value unchanged (text already trimmed, numbers already numbers). Anything else says
 * no, and the caller asks `validateDto`, which gives the verdict and the messages. A class using a
 * decorator this does not understand (async, groups, `ValidateIf`, field defaults) compiles to
 * `null`: no fast path for it at all. `compiled-acceptor.spec.ts` checks it against `validateDto`.
 */
export function compileAcceptor(cls: Function): Acceptor | null {
  if (compiled.has(cls)) return compiled.get(cls)!;
  compiled.set(cls, null); // a class nesting itself is not compiled
  const acceptor = build(cls);
  compiled.set(cls, acceptor);
  return acceptor;
}

function build(cls: Function): Acceptor | null {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(cls, '', false, false);
  if (metadatas.length === 0 || hasFieldDefaults(cls)) return null;
  const byProperty = storage.groupByPropertyName(metadatas);
  const checks: [string, PropertyCheck][] = [];
  for (const [property, propertyMetadatas] of Object.entries(byProperty)) {
    const check = compileProperty(cls, property, propertyMetadatas);
    if (!check) return null;
    checks.push([property, check]);
  }
  const known = new Set(Object.keys(byProperty));
  return (plain) => {
    if (!isPlainObject(plain)) return false;
    for (const key of Object.keys(plain)) if (!known.has(key)) return false;
    for (const [property, check] of checks) if (!check(plain[property], plain)) return false;
    return true;
  };
}

function compileProperty(
  cls: Function,
  property: string,
  metadatas: ValidationMetadata[],
): PropertyCheck | null {
  if (metadatas.some((m) => !UNDERSTOOD.has(m.type) || m.validateIf || m.groups?.length)) return null;
  const conditions = metadatas
    .filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION)
    .map((m) => m.constraints[0] as (object: object, value: unknown) => boolean);
  const constraints = constraintChecks(
    metadatas.filter(
      (m) => m.type === ValidationTypes.IS_DEFINED || m.type === ValidationTypes.CUSTOM_VALIDATION,
    ),
  );
  const unchanged = transformsLeaveUnchanged(cls, property);
  const nested = metadatas.some((m) => m.type === ValidationTypes.NESTED_VALIDATION);
  const typeMetadata = defaultMetadataStorage.findTypeMetadata(cls, property);
  const target = typeMetadata?.typeFunction();
  let nestedAcceptor: Acceptor | null = null;
  let primitive: string | undefined;
  if (nested) {
    if (typeof target !== 'function' || PRIMITIVE_TYPES.has(target)) return null;
    nestedAcceptor = compileAcceptor(target);
    if (!nestedAcceptor) return null;
  } else if (typeMetadata) {
    primitive = PRIMITIVE_TYPES.get(target);
    if (!primitive) return null;
  }
  if (!constraints) return null;
  const acceptNested = nestedAcceptor;
  return (value, object) => {
    if (unchanged && !unchanged(value, object)) return false;
    if (primitive && value !== undefined && value !== null && typeof value !== primitive) return false;
    for (const condition of conditions) if (!condition(object, value)) return true;
    if (!constraints(value, object)) return false;
    if (acceptNested && value !== undefined) {
      return Array.isArray(value) ? value.every((item) => acceptNested(item)) : acceptNested(value);
    }
    return true;
  };
}

/** The property's custom constraints, run as class-validator runs them; `null` if any is async. */
function constraintChecks(metadatas: ValidationMetadata[]): PropertyCheck | null {
  const storage = getMetadataStorage();
  const runs: PropertyCheck[] = [];
  for (const metadata of metadatas) {
    for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
      if (constraint.async) return null;
      const instance = constraint.instance as {
        validate(value: unknown, args: ValidationArguments): boolean;
      };
      // One arguments object per constraint, refilled per call: the constraints are synchronous.
      const args: ValidationArguments = {
        targetName: '',
        property: metadata.propertyName,
        object: {},
        value: undefined,
        constraints: metadata.constraints,
      };
      runs.push((value, object) => {
        args.object = object;
        args.value = value;
        if (metadata.each && (Array.isArray(value) || value instanceof Set || value instanceof Map)) {
          for (const item of value as Iterable<unknown>) if (!instance.validate(item, args)) return false;
          return true;
        }
        return instance.validate(value, args) === true;
      });
    }
  }
  return (value, object) => {
    for (const run of runs) if (!run(value, object)) return false;
    return true;
  };
}

/**
 * Whether class-transformer's transforms of this property would leave a value as it is;
 * `undefined` when the property has none.
 */
function transformsLeaveUnchanged(cls: Function, property: string): PropertyCheck | undefined {
  const transforms = defaultMetadataStorage.findTransformMetadatas(
    cls,
    property,
    TransformationType.PLAIN_TO_CLASS,
  );
  if (transforms.length === 0) return undefined;
  return (value, object) => {
    for (const transform of transforms) {
      const transformed: unknown = transform.transformFn({
        value,
        key: property,
        obj: object,
        type: TransformationType.PLAIN_TO_CLASS,
        options: {},
      });
      if (!Object.is(transformed, value)) return false;
    }
    return true;
  };
}

/** A class whose instances start with values would add them to the DTO: not "unchanged". */
function hasFieldDefaults(cls: Function): boolean {
  const instance = new (cls as new () => object)();
  return Object.values(instance).some((value) => value !== undefined);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Any realm's Object.prototype (structuredClone hands out the main realm's), or none.
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
