/** A lone high surrogate, or a low one without its high half: not Unicode, and PostgreSQL refuses it. */
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const NUL_PROBLEM = 'must not contain a NUL character';
export const SURROGATE_PROBLEM = 'must not contain an unpaired surrogate (it is not valid Unicode)';

/** What is wrong with a text that no field may hold, if anything. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return NUL_PROBLEM;
  if (UNPAIRED_SURROGATE.test(text)) return SURROGATE_PROBLEM;
  return undefined;
}

export interface FieldProblem {
  field: string;
  problem: string;
}

const MAX_PROBLEMS = 20;

/**
 * JSON text can hold a NUL or a lone surrogate only as a `\u` escape (raw control characters are
 * not JSON, and UTF-8 decoding never yields a surrogate): without one, no walk is needed.
 */
const SUSPECT_ESCAPE = /\\u(?:0000|[dD][89a-fA-F])/;

export function mayHoldBadText(jsonText: string): boolean {
  return SUSPECT_ESCAPE.test(jsonText);
}

/**
 * Every string in a parsed JSON value, keys included, that holds a NUL or an unpaired surrogate,
 * named by its dotted path (`details.eventName`, `income.0.amountGbp`; `body` for the top level).
 * Recursive: call it only on a value whose depth is already bounded (see `tooDeepAt`).
 */
export function textProblemsIn(value: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  collect(value, [], problems);
  return problems;
}

function collect(value: unknown, path: string[], problems: FieldProblem[]): void {
  if (problems.length >= MAX_PROBLEMS) return;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) problems.push({ field: path.join('.') || 'body', problem });
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(String(index));
      collect(value[index], path, problems);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) {
        problems.push({ field: path.join('.') || 'body', problem: `has a field name that ${keyProblem}` });
        continue;
      }
      path.push(key);
      collect((value as Record<string, unknown>)[key], path, problems);
      path.pop();
    }
  }
}
