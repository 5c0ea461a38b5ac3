import { waitFor } from '@app/testing';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Supervisor, type SupervisorOptions } from '../../tools/supervisor';

/** A child that appends its start time to `file`, then exits with `code` after `afterMs` (or runs on). */
function script(file: string, behaviour: { exitCode?: number; afterMs?: number; ignoreTerm?: boolean }) {
  const lines = [
    behaviour.ignoreTerm ? `process.on('SIGTERM', () => undefined);` : '',
    `require('node:fs').appendFileSync(${JSON.stringify(file)}, Date.now() + '\\n');`,
    behaviour.exitCode === undefined
      ? 'setInterval(() => undefined, 1000);'
      : `setTimeout(() => process.exit(${behaviour.exitCode}), ${behaviour.afterMs ?? 0});`,
  ];
  return { command: process.execPath, args: ['-e', lines.join('\n')] };
}

const starts = (file: string): number[] => {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
};

const alive = (pid: number | undefined) => {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the supervisor behind npm start, with real child processes', () => {
  let dir: string;
  let supervisors: Supervisor[];
  let log: string[];

  const supervise = (specs: ConstructorParameters<typeof Supervisor>[0], options: SupervisorOptions) => {
    const supervisor = new Supervisor(specs, { stdio: 'ignore', log: (line) => log.push(line), ...options });
    supervisors.push(supervisor);
    supervisor.start();
    return supervisor;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'supervisor-'));
    supervisors = [];
    log = [];
  });

  afterEach(async () => {
    await Promise.all(supervisors.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('restarts a crashing child with doubling backoff while the others keep running, then gives up with exit code 1', async () => {
    const crashing = join(dir, 'crashing');
    const steady = join(dir, 'steady');
    const supervisor = supervise(
      [
        { name: 'crashing', ...script(crashing, { exitCode: 3 }) },
        { name: 'steady', ...script(steady, {}) },
      ],
      { initialBackoffMs: 100, maxBackoffMs: 400, maxCrashes: 5, crashWindowMs: 60_000 },
    );
    await waitFor('the steady child to start', () => starts(steady).length === 1);
    const steadyPid = supervisor.pids().steady;

    expect(await supervisor.exitCode).toBe(1);
    const times = starts(crashing);
    expect(times).toHaveLength(5);
    const gaps = times.slice(1).map((at, i) => at - times[i]);
    [100, 200, 400, 400].forEach((delay, i) => expect(gaps[i]).toBeGreaterThanOrEqual(delay));
    expect(log.slice(0, 4)).toEqual([
      expect.stringMatching(
        /^crashing stopped \(exit code 3\) after .*; restarting it in 100 ms \(crash 1 of 5/,
      ),
      expect.stringMatching(/restarting it in 200 ms \(crash 2 of 5/),
      expect.stringMatching(/restarting it in 400 ms \(crash 3 of 5/),
      expect.stringMatching(/restarting it in 400 ms \(crash 4 of 5/),
    ]);
    expect(log[4]).toMatch(
      /^crashing stopped \(exit code 3\): 5 crashes within 60 s, giving up and stopping everything/,
    );
    // The steady child ran once, all along, and was stopped with the rest.
    expect(starts(steady)).toHaveLength(1);
    expect(alive(steadyPid)).toBe(false);
  });

  it('names the signal of a child killed from outside, and starts it again', async () => {
    const file = join(dir, 'killed');
    const supervisor = supervise([{ name: 'gateway', ...script(file, {}) }], { initialBackoffMs: 50 });
    await waitFor('the child to start', () => starts(file).length === 1);
    process.kill(supervisor.pids().gateway!, 'SIGKILL');
    await waitFor('the child to be started again', () => starts(file).length === 2);
    expect(log).toEqual([
      expect.stringMatching(/^gateway stopped \(signal SIGKILL\) after .*; restarting it in 50 ms/),
    ]);
  });

  it('starts again from the first delay once a child has stayed up long enough', async () => {
    const file = join(dir, 'flaky');
    supervise([{ name: 'flaky', ...script(file, { exitCode: 1, afterMs: 300 }) }], {
      initialBackoffMs: 50,
      stableAfterMs: 200,
      maxCrashes: 100,
    });
    await waitFor('three restarts', () => log.length >= 3);
    expect(log.slice(0, 3).every((line) => line.includes('restarting it in 50 ms'))).toBe(true);
  });

  it('stops every child on stop() and settles with exit code 0, killing one that ignores SIGTERM', async () => {
    const stubborn = join(dir, 'stubborn');
    const polite = join(dir, 'polite');
    const supervisor = supervise(
      [
        { name: 'stubborn', ...script(stubborn, { ignoreTerm: true }) },
        { name: 'polite', ...script(polite, {}) },
      ],
      { stopTimeoutMs: 300 },
    );
    await waitFor(
      'both children to start',
      () => starts(stubborn).length === 1 && starts(polite).length === 1,
    );
    const pids = supervisor.pids();
    await supervisor.stop();
    expect(await supervisor.exitCode).toBe(0);
    expect(alive(pids.stubborn)).toBe(false);
    expect(alive(pids.polite)).toBe(false);
    expect(log).toEqual([]);
  });
});
