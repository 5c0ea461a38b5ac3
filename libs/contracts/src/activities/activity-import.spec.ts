import { csvRecordToActivity, IMPORT_COLUMNS, templateCsv } from './activity-import';

describe('csvRecordToActivity', () => {
  it('nests details.* and leadStaff.*, reads numbers and booleans, and leaves empty cells out', () => {
    const body = csvRecordToActivity({
      partnerId: ' 00000000-0000-4000-8000-000000000000 ',
      type: 'training_cpd',
      title: 'CPD: bridges',
      faculty: 'ENG',
      school: '',
      'leadStaff.userId': 'u-1',
      'leadStaff.name': 'Dr A Smith',
      startDate: '2025-10-01',
      valueGbp: '1200.50',
      inKindGbp: '   ',
      'details.courseTitle': 'Bridges',
      'details.learnerDays': '12',
      'details.creditBearing': 'TRUE',
      'details.chargeable': 'false',
      'details.attendees': '-3',
    });
    expect(body).toEqual({
      partnerId: '00000000-0000-4000-8000-000000000000',
      type: 'training_cpd',
      title: 'CPD: bridges',
      faculty: 'ENG',
      leadStaff: { userId: 'u-1', name: 'Dr A Smith' },
      startDate: '2025-10-01',
      valueGbp: 1200.5,
      details: {
        courseTitle: 'Bridges',
        learnerDays: 12,
        creditBearing: true,
        chargeable: false,
        attendees: -3,
      },
    });
  });

  it('keeps a cell that is not a number or boolean as text, for validation to name', () => {
    const body = csvRecordToActivity({
      valueGbp: '1,200',
      'details.days': 'three',
      'details.chargeable': 'yes',
      title: '42',
    });
    expect(body).toEqual({ valueGbp: '1,200', title: '42', details: { days: 'three', chargeable: 'yes' } });
  });

  it('adds no details or leadStaff object when their cells are empty, and passes unknown columns through', () => {
    expect(csvRecordToActivity({ 'details.days': '', 'leadStaff.name': '', colour: 'blue' })).toEqual({
      colour: 'blue',
    });
  });

  it("reads the template's example row into a body with every column it fills", () => {
    const [header, example] = templateCsv().trim().split('\n');
    expect(header.split(',')).toEqual(IMPORT_COLUMNS);
    const cells = example.split(',');
    const body = csvRecordToActivity(
      Object.fromEntries(IMPORT_COLUMNS.map((column, i) => [column, cells[i]])),
    );
    expect(body).toMatchObject({
      type: 'ktp',
      valueGbp: 180000,
      leadStaff: { userId: 'u-123', name: 'Dr A Smith' },
      details: { durationMonths: 24, grantGbp: 120000, ktpReference: 'KTP012345' },
    });
  });
});
