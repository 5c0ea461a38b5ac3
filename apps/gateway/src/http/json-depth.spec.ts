import { MAX_JSON_DEPTH, tooDeepAt } from './json-depth';

const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const nestedObjects = (depth: number, key = 'a') =>
  `{"${key}":`.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1);

describe('tooDeepAt', () => {
  it('lets through exactly 32 levels, the top level counting as 1', () => {
    expect(MAX_JSON_DEPTH).toBe(32);
    expect(tooDeepAt(nestedArrays(32))).toBeUndefined();
    expect(tooDeepAt(nestedObjects(32))).toBeUndefined();
    expect(tooDeepAt('"just text"')).toBeUndefined();
    expect(tooDeepAt('[1, {"a": [2, 3]}, "x"]')).toBeUndefined();
  });

  it('names the path to the first container one level too deep', () => {
    expect(tooDeepAt(nestedArrays(33))).toEqual(Array(32).fill('0'));
    expect(tooDeepAt(nestedObjects(33))).toEqual(Array(32).fill('a'));
    const body = JSON.stringify({ title: 'x', income: [{ amountGbp: 1 }, { nest: [[[[]]]] }] });
    expect(tooDeepAt(body, 5)).toEqual(['income', '1', 'nest', '0', '0']);
  });

  it('reads keys and indexes as JSON does: escapes, brackets and commas inside strings', () => {
    const body = '{"a,[{\\"b": "x]}{", "k\\u00e9y": [0, "1,2", [{"z": {"deep": {}}}]]}';
    expect(tooDeepAt(body, 4)).toEqual(['kéy', '2', '0', 'z']);
  });

  it('reads a 3,000-deep body and a megabyte of brackets in one pass, stopping at level 33', () => {
    expect(tooDeepAt(nestedArrays(3000))).toHaveLength(32);
    expect(tooDeepAt('['.repeat(1024 * 1024))).toHaveLength(32);
    const wideButShallow = `[${'[[[1]]],'.repeat(100_000)}0]`;
    expect(tooDeepAt(wideButShallow)).toBeUndefined();
  });
});
