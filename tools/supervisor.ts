import { type ChildProcess, spawn, type StdioOptions } from 'node:child_process';

export interface ChildSpec {
  name: string;
  command: string;
  args: string[];
}

export interface SupervisorOptions {
  /** First restart delay, doubled at each crash in a row up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A child that stayed up this long starts again from the first delay when it next crashes. */
  stableAfterMs?: number;
  /** Give up (stop everything, exit code 1) when one child crashes this many times within `crashWindowMs`. */
  maxCrashes?: number;
  crashWindowMs?: number;
  /** How long `stop()` waits for a child after SIGTERM before SIGKILL. */
  stopTimeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
  log?: (line: string) => void;
}

interface Supervised {
  spec: ChildSpec;
  child?: ChildProcess;
  startedAt: number;
  crashes: number[];
  inARow: number;
  restart?: NodeJS.Timeout;
}

/**
 * Runs child processes and keeps them running: a child that exits is restarted after a
 * backoff while the others keep serving; one that keeps crashing makes it give up and stop
 * everything. `exitCode` settles once everything has stopped: 0 after `stop()`, 1 after giving up.
 */
export class Supervisor {
  readonly exitCode: Promise<number>;
  private readonly children: Supervised[];
  private readonly options: Required<Omit<SupervisorOptions, 'env'>> & { env?: NodeJS.ProcessEnv };
  private stopping?: Promise<void>;
  private finish!: (code: number) => void;

  constructor(specs: ChildSpec[], options: SupervisorOptions = {}) {
    this.options = {
      initialBackoffMs: 1000,
      maxBackoffMs: 30_000,
      stableAfterMs: 60_000,
      maxCrashes: 5,
      crashWindowMs: 60_000,
      stopTimeoutMs: 20_000,
      stdio: 'inherit',
      log: (line) => console.error(line),
      ...options,
    };
    this.children = specs.map((spec) => ({ spec, startedAt: 0, crashes: [], inARow: 0 }));
    this.exitCode = new Promise((resolve) => (this.finish = resolve));
  }

  start(): void {
    for (const supervised of this.children) this.spawn(supervised);
  }

  /** Stops every child (SIGTERM, then SIGKILL after the timeout); `exitCode` becomes 0. */
  stop(): Promise<void> {
    return this.stopAll(0);
  }

  /** Process ids of the running children, by name (for tests and diagnostics). */
  pids(): Record<string, number | undefined> {
    return Object.fromEntries(this.children.map(({ spec, child }) => [spec.name, child?.pid]));
  }

  private spawn(supervised: Supervised): void {
    const { spec } = supervised;
    const child = spawn(spec.command, spec.args, { stdio: this.options.stdio, env: this.options.env });
    supervised.child = child;
    supervised.startedAt = Date.now();
    child.once('error', (error) => this.options.log(`${spec.name} could not be started: ${error.message}`));
    child.once('exit', (code, signal) => this.exited(supervised, code, signal));
  }

  private exited(supervised: Supervised, code: number | null, signal: NodeJS.Signals | null): void {
    supervised.child = undefined;
    if (this.stopping) return;
    const now = Date.now();
    const { name } = supervised.spec;
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    const upFor = now - supervised.startedAt;
    supervised.crashes = [...supervised.crashes.filter((at) => now - at < this.options.crashWindowMs), now];
    if (supervised.crashes.length >= this.options.maxCrashes) {
      this.options.log(
        `${name} stopped (${how}): ${supervised.crashes.length} crashes within ${seconds(this.options.crashWindowMs)}, giving up and stopping everything`,
      );
      void this.stopAll(1);
      return;
    }
    supervised.inARow = upFor >= this.options.stableAfterMs ? 0 : supervised.inARow;
    const delay = Math.min(this.options.initialBackoffMs * 2 ** supervised.inARow, this.options.maxBackoffMs);
    supervised.inARow += 1;
    this.options.log(
      `${name} stopped (${how}) after ${seconds(upFor)}; restarting it in ${seconds(delay)} ` +
        `(crash ${supervised.crashes.length} of ${this.options.maxCrashes} allowed within ${seconds(this.options.crashWindowMs)})`,
    );
    supervised.restart = setTimeout(() => {
      supervised.restart = undefined;
      if (!this.stopping) this.spawn(supervised);
    }, delay);
  }

  private stopAll(code: number): Promise<void> {
    this.stopping ??= (async () => {
      for (const supervised of this.children) clearTimeout(supervised.restart);
      const running = this.children.flatMap(({ child }) => (child ? [child] : []));
      const exited = running.map((child) => new Promise((resolve) => child.once('exit', resolve)));
      for (const child of running) child.kill('SIGTERM');
      const force = setTimeout(
        () => running.forEach((child) => child.kill('SIGKILL')),
        this.options.stopTimeoutMs,
      );
      await Promise.all(exited);
      clearTimeout(force);
      this.finish(code);
    })();
    return this.stopping;
  }
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
