import { normalisePartnerName, partnerSearchText } from './partner-name';

describe('normalisePartnerName', () => {
  it.each([
    ['Marks & Spencer plc', 'marks and spencer'],
    ['marks and spencer', 'marks and spencer'],
    ['MARKS AND SPENCER LIMITED', 'marks and spencer'],
    ['Marks & Spencer Group P.L.C.', 'marks and spencer group p l c'],
    ['Arup Ltd.', 'arup'],
    ['Ove Arup & Partners Ltd', 'ove arup and partners'],
    ['  Leeds Teaching Hospitals NHS Trust ', 'leeds teaching hospitals nhs trust'],
    ['Société Générale', 'societe generale'],
    ['Limited', 'limited'],
  ])('%s → %s', (name, expected) => {
    expect(normalisePartnerName(name)).toBe(expected);
  });

  it('keeps different organisations apart', () => {
    expect(normalisePartnerName('Opera North')).not.toBe(normalisePartnerName('Opera South'));
  });

  it('searches over the name and every alias', () => {
    expect(partnerSearchText('Marks & Spencer plc', ['M&S'])).toBe('marks and spencer | m and s');
  });
});
