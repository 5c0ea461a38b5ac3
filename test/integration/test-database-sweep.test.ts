import { SERVER_ENV, sweepTestDatabases, withAdminClient } from '@app/testing';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

const server = () => process.env[SERVER_ENV] ?? '';
const run = randomBytes(3).toString('hex');
const hour = 60 * 60 * 1000;

/** A pid that has exited: a child process that ran and finished. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid ?? 0;
}

describe('sweeping test databases on a shared server', () => {
  const cases = {
    deadHereToday: { owner: `${hostname()}:${deadPid()}`, age: hour },
    liveHereToday: { owner: `${hostname()}:${process.pid}`, age: hour },
    otherHostToday: { owner: `another-runner:${deadPid()}`, age: hour },
    otherHostLastWeek: { owner: `another-runner:${process.pid}`, age: 7 * 24 * hour },
    untagged: undefined,
  };
  const name = (label: string) => `ph_test_sweep_${run}_${label.toLowerCase()}`;

  beforeAll(async () => {
    await withAdminClient(server(), async (client) => {
      for (const [label, tag] of Object.entries(cases)) {
        await client.query(`create database "${name(label)}"`);
        if (!tag) continue;
        const created = new Date(Date.now() - tag.age).toISOString();
        const comment = `ph-test owner=${tag.owner} created=${created}`;
        await client.query(`comment on database "${name(label)}" is ${client.escapeLiteral(comment)}`);
      }
    });
  });

  afterAll(async () => {
    await withAdminClient(server(), async (client) => {
      for (const label of Object.keys(cases)) await client.query(`drop database if exists "${name(label)}"`);
    });
  });

  it("drops only a dead local run's databases and day-old ones, never another host's of today nor untagged", async () => {
    const swept = await withAdminClient(server(), (client) => sweepTestDatabases(client));
    const ours = swept.filter((database) => database.startsWith(`ph_test_sweep_${run}_`)).sort();
    expect(ours).toEqual([name('deadHereToday'), name('otherHostLastWeek')].sort());
  });
});
