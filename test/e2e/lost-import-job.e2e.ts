import { signTestToken, waitFor } from '@app/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { api, type RunningStack, startStack } from '../support/stack';

/** An import accepted (202) whose BullMQ job Redis then lost is queued again and runs (ADR 0014). */
describe('an import whose job Redis lost', () => {
  let stack: RunningStack;
  let pg: Client;

  beforeAll(async () => {
    stack = await startStack('lost-import', { activities: { IMPORT_RESUBMIT_EVERY_MS: '300' } });
    pg = new Client({ connectionString: stack.db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg.end();
    await stack?.close();
  });

  it('is queued again by itself and completes', async () => {
    const token = await signTestToken({ roles: ['commercialisation'], sub: 'u-office' });
    const office = api(stack.gateway.url, token);
    const partner = await office.post('/partners', { name: 'Arup', organisationType: 'large_company' });
    expect(partner.status).toBe(201);
    const csv = `partnerId,type,title,faculty,startDate,valueGbp,details.days\n${partner.body.id},consultancy,Bridge review,ENG,2025-09-01,1200,3\n`;
    // The upload's row, as the activities service stores it, with no job in the queue.
    const importId = randomUUID();
    await pg.query(
      `insert into activities.activity_import (id, status, file_name, content, content_hash, actor, total, created_at)
       values ($1, 'queued', 'lost.csv', $2, $3, $4, 1, now())`,
      [importId, csv, 'f'.repeat(64), { sub: 'u-office', roles: ['commercialisation'] }],
    );
    await waitFor('the import to complete', async () => {
      const { body } = await office.get(`/activities/imports/${importId}`);
      return body.status === 'completed';
    });
    const { body } = await office.get(`/activities/imports/${importId}`);
    expect(body).toMatchObject({ status: 'completed', total: 1, created: 1, skipped: 0, errors: [] });
    expect((await office.get(`/activities?partnerId=${partner.body.id}`)).body.total).toBe(1);
  });
});
