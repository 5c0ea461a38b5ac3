import { signTestToken, waitFor } from '@app/testing';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityProblems,
  containsText,
  countIs,
  fitsWidth,
  hasText,
  launchBrowser,
  newPage,
  PHONE,
  screenshot,
  signIn,
} from '../support/browser';
import { api, type RunningStack, startStack } from '../support/stack';

jest.setTimeout(120_000);

/** The academic year of today (1 August – 31 July), as the web app defaults to. */
function academicYearOf(day: Date): string {
  const start = day.getUTCMonth() >= 7 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
const today = new Date();
const THIS_YEAR = academicYearOf(today);
const START = `${THIS_YEAR.slice(0, 4)}-09-15`;

describe('web app: each role signs in and does its main task in Chromium', () => {
  let stack: RunningStack;
  let browser: Browser;
  let origin: string;
  let office: ReturnType<typeof api>;
  let staff: ReturnType<typeof api>;
  let arupId: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([
      startStack('web-app', { activities: true, programmes: true, reporting: true }),
      launchBrowser(),
    ]);
    origin = stack.gateway.url.replace(/\/api\/v1$/, '');
    office = api(stack.gateway.url, await signTestToken({ roles: ['commercialisation'] }));
    staff = api(stack.gateway.url, await signTestToken({ roles: ['partnership_staff'], sub: 'staff-1' }));
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await accessibilityProblems(page)).toEqual([]);
  }

  it('serves the app at / and its own routes on reload, and keeps API 404s as JSON', async () => {
    const home = await fetch(`${origin}/partners/anything`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await home.text()).toContain('<div id="root">');
    const missing = await fetch(`${origin}/api/v1/no-such-thing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/json');
  });

  it('development sign-in: a token for a valid role; 400 naming the field otherwise', async () => {
    const auth = api(stack.gateway.url);
    const ok = await auth.post('/auth/dev-sign-in', { role: 'faculty', faculty: 'ENG' });
    expect(ok.status).toBe(200);
    const asFaculty = await api(stack.gateway.url, ok.body.token).get('/activities');
    expect(asFaculty.status).toBe(200);
    const noFaculty = await auth.post('/auth/dev-sign-in', { role: 'faculty' });
    expect(noFaculty.status).toBe(400);
    expect(noFaculty.body.details).toEqual([
      { field: 'faculty', problem: 'is required for the faculty role' },
    ]);
    const badRole = await auth.post('/auth/dev-sign-in', { role: 'king' });
    expect(badRole.status).toBe(400);
    expect(badRole.body.details[0].field).toBe('role');
    const extra = await auth.post('/auth/dev-sign-in', { role: 'student', admin: true });
    expect(extra.status).toBe(400);
  });

  it('commercialisation office: registers a partner with field errors shown, is warned of a duplicate, changes a tier with a reason', async () => {
    const page = await newPage(browser);
    await signIn(page, origin, 'commercialisation');
    await page.getByRole('heading', { name: 'Partner register' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Register a partner' }).click();
    await page.getByLabel('Company number').fill('12');
    await page.getByRole('button', { name: 'Register partner' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await page.locator('.field--error').filter({ hasText: 'Name' }).getByText('is required').waitFor();
    await page
      .locator('.field--error')
      .filter({ hasText: 'Company number' })
      .getByText(/must be a company registration number/)
      .waitFor();
    await screenshot(page, 'partner-form-errors');
    await expectAccessible(page);

    await page.getByLabel('Name', { exact: true }).fill('Arup Group Ltd');
    await page.getByLabel('Organisation type').selectOption('large_company');
    await page.getByLabel('Company number').fill('');
    await page.getByLabel('Sector').fill('Engineering');
    await page.getByRole('button', { name: 'Register partner' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arup Group Ltd' }).waitFor();
    arupId = page.url().split('/partners/')[1];

    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await page.getByRole('link', { name: 'Register a partner' }).click();
    await page.getByLabel('Name', { exact: true }).fill('arup group');
    await page.getByLabel('Organisation type').selectOption('large_company');
    await page.getByRole('button', { name: 'Register partner' }).click();
    await page.getByRole('heading', { name: 'This partner may already be registered' }).waitFor();
    await page.getByRole('link', { name: 'Open the existing partner' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arup Group Ltd' }).waitFor();
    expect(page.url()).toBe(`${origin}/partners/${arupId}`);

    await page.locator('summary', { hasText: 'Change tier' }).click();
    await page.getByLabel('New tier').selectOption('strategic');
    await page.getByRole('button', { name: 'Change tier' }).click();
    await page.getByText('is required when tier changes', { exact: true }).waitFor();
    await page.getByLabel('Reason for the change').fill('Three faculties now work with Arup');
    await page.getByRole('button', { name: 'Change tier' }).click();
    await page.getByRole('cell', { name: 'Three faculties now work with Arup' }).waitFor();

    await page.locator('summary', { hasText: 'Add a contact' }).click();
    await page.getByLabel('Name', { exact: true }).last().fill('Jo Bloggs');
    await page.getByLabel('Email').fill('jo.bloggs@arup.example');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('cell', { name: 'Jo Bloggs' }).waitFor();
    await screenshot(page, 'partner-page');
    await expectAccessible(page);

    for (const name of ['Bridgewater SME Ltd', 'Leeds Teaching Hospitals NHS Trust']) {
      const created = await office.post('/partners', {
        name,
        organisationType: name.includes('NHS') ? 'nhs' : 'sme',
      });
      expect(created.status).toBe(201);
    }
    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await page.getByLabel('Tier', { exact: true }).selectOption('strategic');
    await page.getByRole('cell', { name: 'Strategic' }).waitFor();
    await countIs(page.getByRole('row'), 2);
    await page.getByLabel('Tier', { exact: true }).selectOption('');
    await page.getByLabel('Search names and aliases').fill('bridgewater');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Bridgewater SME Ltd' }).waitFor();
    await countIs(page.getByRole('row'), 2);
    await page.getByLabel('Search names and aliases').fill('');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Leeds Teaching Hospitals NHS Trust' }).waitFor();
    await countIs(page.getByRole('row'), 4);
    await screenshot(page, 'partner-register');
    await page.context().close();
  });

  it('faculty member: logs a KTP through a form that changes with the type, is told what is wrong, imports a CSV with progress and row errors', async () => {
    const page = await newPage(browser);
    await signIn(page, origin, 'faculty', { faculty: 'ENG', name: 'Dr Ada Eng' });
    await page.getByRole('heading', { name: 'Activities of ENG' }).waitFor();
    await page.getByRole('link', { name: 'Log an activity' }).first().click();

    await page.getByLabel('Kind of activity').selectOption('ktp');
    await page.getByLabel('KTP reference').waitFor();
    await page.getByLabel('Duration (months)').waitFor();
    await page.getByLabel('Kind of activity').selectOption('ip_licensing');
    await countIs(page.getByLabel('KTP reference'), 0);
    await page.getByLabel('Kind of IP').waitFor();
    await page.getByLabel('Kind of activity').selectOption('ktp');

    await page.getByLabel('Search the register').fill('arup');
    await page.getByRole('radio', { name: /Arup Group Ltd/ }).check();
    await page.getByLabel('Title', { exact: true }).fill('KTP: digital twins for bridges');
    await page.getByLabel('Start date').fill(START);
    await page.getByLabel('Value (£)', { exact: true }).fill('180000');
    await page.getByLabel('KTP reference').fill('KTP012345');
    await page.getByLabel('Variant').selectOption('classic');
    await page.getByLabel('Associate', { exact: true }).fill('Sam Lee');
    await page.getByLabel('Knowledge-base supervisor').fill('Prof. J. Doe');
    await page.getByLabel('Duration (months)').fill('48');
    await page.getByRole('button', { name: 'Log activity' }).click();
    const durationField = page.locator('.field--error').filter({ hasText: 'Duration (months)' });
    await hasText(durationField.getByRole('alert'), 'must be at most 36');
    await screenshot(page, 'log-activity-errors');
    await expectAccessible(page);

    await page.getByLabel('Duration (months)').fill('24');
    await page.getByRole('button', { name: 'Log activity' }).click();
    await page.getByRole('status').filter({ hasText: 'Logged “KTP: digital twins for bridges”' }).waitFor();

    await page.getByRole('link', { name: 'See your activities' }).click();
    await page.getByRole('cell', { name: 'KTP: digital twins for bridges' }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'KTP: digital twins' })
      .getByRole('link', { name: 'Arup Group Ltd' })
      .waitFor();
    await screenshot(page, 'faculty-activities');

    const bridgewater = (await office.get('/partners?q=bridgewater')).body.items[0].id as string;
    const header = 'partnerId,type,title,faculty,startDate,valueGbp,details.days,details.facility';
    const lines = [header];
    for (let i = 1; i <= 40; i++)
      lines.push(`${bridgewater},consultancy,Advice ${i},ENG,${START},${1000 + i},${i},`);
    lines[6] = `${bridgewater},consultancy,Advice bad date,ENG,2025-02-30,100,1,`;
    lines[21] = `${bridgewater},bake_sale,Cakes,ENG,${START},10,,`;
    lines.push(`${bridgewater},facilities_use,Wind tunnel,ENG,${START},5000,,`);
    const file = join(mkdtempSync(join(tmpdir(), 'import-')), 'eng-activities.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);

    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await hasText(
      page.getByRole('status').filter({ hasText: /Import completed/ }),
      'Import completed: 38 created, 0 already there, 3 with errors.',
      { timeout: 60_000 },
    );
    expect(await page.locator('progress').getAttribute('value')).toBe('41');
    const errors = page.getByRole('table', { name: 'Rows not imported' });
    await errors.getByRole('row', { name: /^7 startDate/ }).waitFor();
    await errors.getByRole('row', { name: /^22 type/ }).waitFor();
    await errors.getByRole('row', { name: /^42 details is required for facilities_use/ }).waitFor();
    await screenshot(page, 'activity-import');
    await expectAccessible(page);

    // Leaving the page and coming back: the import is in the list of earlier ones, its result a click away.
    await page.getByRole('link', { name: 'Activities', exact: true }).click();
    await page.getByRole('heading', { name: 'Activities of ENG' }).waitFor();
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await countIs(page.getByRole('table', { name: 'Rows not imported' }), 0);
    const earlier = page
      .getByRole('table', { name: 'Imports, newest first' })
      .getByRole('row')
      .filter({ hasText: 'eng-activities.csv' });
    const cells = earlier.getByRole('cell');
    await hasText(cells.nth(3), 'completed');
    await hasText(cells.nth(4), '38');
    await hasText(cells.nth(6), '3');
    await earlier.getByRole('button', { name: 'Show result of eng-activities.csv' }).click();
    await errors.getByRole('row', { name: /^22 type/ }).waitFor();
    await page.reload();
    await errors.getByRole('row', { name: /^7 startDate/ }).waitFor();
    await page.getByRole('heading', { name: 'Import of eng-activities.csv' }).waitFor();
    await page.context().close();
  });

  it('leader: reads the dashboard charts, drills into a HE-BCI cell, downloads CSV and Excel, sees strategic candidates', async () => {
    await waitFor('reporting to count the KTP and the imported activities', async () => {
      const leader = api(stack.gateway.url, await signTestToken({ roles: ['leadership'] }));
      const overview = await leader.get(`/reports/overview?academicYear=${encodeURIComponent(THIS_YEAR)}`);
      return overview.body?.totals?.count === 39 ? true : undefined;
    });
    const page = await newPage(browser);
    await signIn(page, origin, 'leadership', { name: 'Prof. Vice Chancellor' });
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    const byType = page.getByRole('figure', { name: 'Income by kind of activity, by academic year' });
    await byType.locator('svg.recharts-surface').first().waitFor();
    await byType.getByText('Figures as a table').click();
    await containsText(
      byType.getByRole('row', { name: new RegExp(`^${THIS_YEAR.replace('/', '\\/')}`) }),
      '£180,000',
    );
    await page.getByRole('row', { name: /^Strategic 1/ }).waitFor();
    await screenshot(page, 'leadership-dashboard');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'HE-BCI' }).click();
    await page.getByRole('heading', { name: 'HE-BCI Part B (draft)' }).waitFor();
    await page.getByLabel('Academic year', { exact: true }).selectOption(THIS_YEAR);
    const ktpCell = page.getByRole('button', {
      name: /^Collaborative research.*Non-SME commercial: 180 thousand pounds from 1 activities/,
    });
    await ktpCell.click();
    const drill = page.locator('.drill-down');
    await drill.getByRole('cell', { name: 'KTP: digital twins for bridges' }).waitFor();
    await drill.getByText('1 activities, £180,000.00 → 180 in £000s.').waitFor();
    await screenshot(page, 'hebci');
    await expectAccessible(page);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV of the HE-BCI return' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^hebci-.*\.csv$/);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text).toContain('180');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Excel of the HE-BCI return' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    await page.getByRole('link', { name: 'Strategic candidates' }).click();
    await page.getByRole('link', { name: 'Arup Group Ltd' }).waitFor();
    await containsText(page.getByRole('row').filter({ hasText: 'Bridgewater SME Ltd' }), 'Breadth');
    await screenshot(page, 'strategic-candidates');
    await page.context().close();
  });

  it('student on a phone: reads the charter, sends anonymous feedback; staff answer it from the queue; it shows in "you said, we did"', async () => {
    const charter = await staff.post('/programmes/charters', {
      institution: 'University of Example',
      title: 'Student Partnership Agreement',
      academicYear: THIS_YEAR,
      parties: ['The University', "The Students' Union"],
      commitments: ['Respond to feedback within ten working days'],
      expectations: ['Give constructive feedback'],
    });
    expect(charter.status).toBe(201);
    expect((await staff.post(`/programmes/charters/${charter.body.id}/publish`)).status).toBe(200);

    const phone = await newPage(browser, PHONE);
    await signIn(phone, origin, 'student', { school: 'LAW', sub: 'stu-1', name: 'Sam Student' });
    await phone.getByRole('heading', { name: 'Student Partnership Agreement' }).waitFor();
    await phone.getByText('Respond to feedback within ten working days').waitFor();
    expect(await fitsWidth(phone)).toBe(true);
    await screenshot(phone, 'student-charter-phone');
    await expectAccessible(phone);

    await phone.getByRole('link', { name: 'Give feedback' }).click();
    await phone.getByLabel('Subject').fill('Library closes too early');
    await phone.getByRole('button', { name: 'Send feedback' }).click();
    await hasText(
      phone.locator('.field--error').filter({ hasText: 'Your feedback' }).getByRole('alert'),
      'is required',
    );
    await phone
      .getByRole('textbox', { name: 'Your feedback' })
      .fill('The law library closes at 6pm during exams.');
    await phone.getByLabel('Send anonymously').check();
    await phone.getByRole('button', { name: 'Send feedback' }).click();
    await containsText(phone.getByRole('status').filter({ hasText: 'Thank you' }), 'sent anonymously');
    await phone
      .getByRole('region', { name: 'Your feedback' })
      .getByRole('heading', { name: 'Library closes too early' })
      .waitFor();
    expect(await fitsWidth(phone)).toBe(true);
    await screenshot(phone, 'student-feedback-phone');
    await expectAccessible(phone);

    const desk = await newPage(browser);
    await signIn(desk, origin, 'partnership_staff', { school: 'LAW' });
    await desk.getByRole('heading', { name: 'Feedback queue' }).waitFor();
    const card = desk.getByRole('listitem').filter({ hasText: 'Library closes too early' });
    await containsText(card, 'from an anonymous student');
    expect(await card.innerText()).not.toContain('Sam Student');
    await card.locator('summary', { hasText: /^Respond/ }).click();
    await card.getByLabel('Response').fill('Thank you: we are asking the library.');
    await card.getByRole('button', { name: 'Send response' }).click();
    await card.getByText('Thank you: we are asking the library.').waitFor();
    await card.locator('summary', { hasText: /^Close/ }).click();
    await card.getByLabel(/What was done/).fill('The law library now opens until 10pm in exam weeks.');
    await card.getByRole('button', { name: 'Close with this outcome' }).click();
    await card.getByText('Closed', { exact: true }).waitFor();
    await desk.getByLabel('Only overdue').check();
    await desk.getByText('Nothing waiting here.').waitFor();
    await screenshot(desk, 'staff-feedback-queue');
    await expectAccessible(desk);
    await desk.context().close();

    await phone.getByRole('link', { name: 'You said, we did' }).click();
    await phone.getByText('The law library now opens until 10pm in exam weeks.').waitFor();
    await screenshot(phone, 'you-said-we-did-phone');
    await phone.context().close();
  });

  it('enquiries: the office is offered only the moves the enquiry allows; the member of staff who raised it none', async () => {
    const raiser = api(
      stack.gateway.url,
      await signTestToken({ roles: ['faculty'], faculty: 'ENG', sub: 'dev-faculty' }),
    );
    const raised = await raiser.post('/partners/enquiries', {
      organisationName: 'Opera North',
      summary: 'A sound lab with the School of Music',
      faculty: 'ENG',
    });
    expect(raised.status).toBe(201);

    const page = await newPage(browser);
    await signIn(page, origin, 'commercialisation');
    await page.goto(`${origin}/enquiries`);
    const row = page.getByRole('row').filter({ hasText: 'Opera North' });
    await row.getByRole('button', { name: 'In progress' }).waitFor();
    await countIs(row.getByRole('button', { name: 'Declined' }), 0);
    await row.getByRole('button', { name: 'In progress' }).click();
    await row.getByRole('button', { name: 'Converted' }).waitFor();
    await countIs(row.getByRole('button', { name: 'Declined' }), 1);
    await page.context().close();

    const own = await newPage(browser);
    await signIn(own, origin, 'faculty', { faculty: 'ENG' });
    await own.goto(`${origin}/enquiries`);
    await own.getByRole('cell', { name: 'Opera North' }).waitFor();
    await countIs(own.getByRole('row').filter({ hasText: 'Opera North' }).getByRole('button'), 0);
    await own.context().close();
  });

  it('sends a signed-out visitor to sign-in and back to the page they asked for', async () => {
    const page = await newPage(browser);
    await page.goto(`${origin}/partners/${arupId}`);
    await page.getByRole('heading', { name: 'Development sign-in' }).waitFor();
    await screenshot(page, 'sign-in');
    await expectAccessible(page);
    await page.getByLabel('Role').selectOption('leadership');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Arup Group Ltd' }).waitFor();
    await countIs(page.getByRole('button', { name: 'Register a partner' }), 0);
    await countIs(page.getByRole('link', { name: 'Edit details' }), 0);
    await page.context().close();
  });
});
