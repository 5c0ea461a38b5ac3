import { mayHoldBadText, NUL_PROBLEM, SURROGATE_PROBLEM, textProblem, textProblemsIn } from './text-problems';

describe('textProblem', () => {
  it('refuses NUL and unpaired surrogates, and accepts any real Unicode', () => {
    expect(textProblem('a\u0000b')).toBe(NUL_PROBLEM);
    expect(textProblem('\ud800')).toBe(SURROGATE_PROBLEM);
    expect(textProblem('x\udc00')).toBe(SURROGATE_PROBLEM);
    expect(textProblem('\udc00\ud800')).toBe(SURROGATE_PROBLEM);
    expect(textProblem('Zoë 😀 日本 \u0001')).toBeUndefined();
  });
});

describe('textProblemsIn', () => {
  it('names every bad string by its dotted path, keys included', () => {
    expect(
      textProblemsIn({
        title: 'ok',
        details: { eventName: 'Open\u0000day' },
        income: [{ amountGbp: 1 }, { academicYear: '\ud800' }],
        ['na\u0000me']: 'x',
      }),
    ).toEqual([
      { field: 'details.eventName', problem: NUL_PROBLEM },
      { field: 'income.1.academicYear', problem: SURROGATE_PROBLEM },
      { field: 'body', problem: `has a field name that ${NUL_PROBLEM}` },
    ]);
    expect(textProblemsIn('\u0000')).toEqual([{ field: 'body', problem: NUL_PROBLEM }]);
    expect(textProblemsIn({ a: [1, null, true, 'fine'] })).toEqual([]);
  });
});

describe('mayHoldBadText', () => {
  it('spots every JSON escape that can make a NUL or a surrogate, and nothing else', () => {
    for (const text of ['"\\u0000"', '"\\uD800"', '"\\udbff"', '"\\uDC00"', '"\\udfff"', '{"\\u0000": 1}'])
      expect([text, mayHoldBadText(text)]).toEqual([text, true]);
    for (const text of ['"\\u00e9"', '"\\u0001"', '"\\uE000"', '"Zoë 😀"', '{"a": [1, 2]}'])
      expect([text, mayHoldBadText(text)]).toEqual([text, false]);
    expect(textProblemsIn(JSON.parse('"\\ud83d\\ude00"'))).toEqual([]);
  });
});
