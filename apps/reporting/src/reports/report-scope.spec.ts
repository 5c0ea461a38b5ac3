import { ReportPattern } from '@app/contracts';
import { facultyFilter } from './report-scope';

describe('facultyFilter', () => {
  it('leaves a whole-university reader on every faculty, or the one they ask for', () => {
    expect(facultyFilter({ sub: 'l', roles: ['leadership'] }, ReportPattern.Overview)).toBeNull();
    expect(facultyFilter({ sub: 'c', roles: ['commercialisation'] }, ReportPattern.Overview, 'MED')).toBe(
      'MED',
    );
    expect(
      facultyFilter({ sub: 'a', roles: ['admin', 'faculty'], faculty: 'ENG' }, ReportPattern.Hebci),
    ).toBeNull();
  });

  it('narrows a faculty user to their own faculty, whatever they ask for', () => {
    const faculty = { sub: 'f', roles: ['faculty' as const], faculty: 'ENG' };
    expect(facultyFilter(faculty, ReportPattern.Overview, 'MED')).toBe('ENG');
    expect(facultyFilter(faculty, ReportPattern.HebciCell)).toBe('ENG');
    expect(facultyFilter(faculty, ReportPattern.Engagement)).toBe('ENG');
  });

  it('matches nothing for a caller with no faculty and no wider scope', () => {
    expect(facultyFilter({ sub: 'f', roles: ['faculty'] }, ReportPattern.Hebci)).toBe('-');
    expect(facultyFilter({ sub: 's', roles: ['student'] }, ReportPattern.Overview)).toBe('-');
  });
});
