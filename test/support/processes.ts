import { waitFor } from '@app/testing';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '..', '..', 'dist');

/** A service or gateway started from the build, as in production: its own process, its own signals. */
export class NodeProcess {
  readonly output: string[] = [];
  private exitCode?: number | null;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const collect = (chunk: Buffer) => this.output.push(...chunk.toString().split('\n').filter(Boolean));
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => (this.exitCode = code));
  }

  static async start(
    name: string,
    main: string,
    env: Record<string, string>,
    ready: RegExp,
  ): Promise<NodeProcess> {
    const script = join(DIST, main);
    if (!existsSync(script))
      throw new Error(`${script} is missing: run \`npm run build\` (npm test does it first)`);
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = new NodeProcess(name, child);
    await waitFor(
      `${name} to start`,
      () => {
        if (started.exitCode !== undefined)
          throw new Error(`${name} exited: ${started.output.slice(-5).join('\n')}`);
        return started.output.some((line) => ready.test(line));
      },
      20_000,
    );
    return started;
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** Sends a signal without waiting (SIGSTOP and SIGCONT freeze and thaw the process). */
  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** Sends the signal and waits for the exit; returns the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (!this.running) return this.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.kill(signal);
    return exited;
  }
}

export function startPartnersProcess(env: Record<string, string>): Promise<NodeProcess> {
  return NodeProcess.start(
    'partners',
    'apps/partners/src/main.js',
    { LOG_LEVEL: 'info', ...env },
    /listening on its request stream/,
  );
}

export function startGatewayProcess(env: Record<string, string>): Promise<NodeProcess> {
  return NodeProcess.start(
    'gateway',
    'apps/gateway/src/main.js',
    { LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    /gateway listening/,
  );
}

export function startActivitiesProcess(env: Record<string, string>): Promise<NodeProcess> {
  return NodeProcess.start(
    'activities',
    'apps/activities/src/main.js',
    { LOG_LEVEL: 'info', ...env },
    /listening on its request stream/,
  );
}

export function startProgrammesProcess(env: Record<string, string>): Promise<NodeProcess> {
  return NodeProcess.start(
    'programmes',
    'apps/programmes/src/main.js',
    { LOG_LEVEL: 'info', ...env },
    /listening on its request stream/,
  );
}

export function startReportingProcess(env: Record<string, string>): Promise<NodeProcess> {
  return NodeProcess.start(
    'reporting',
    'apps/reporting/src/main.js',
    { LOG_LEVEL: 'info', ...env },
    /listening on its request stream/,
  );
}
