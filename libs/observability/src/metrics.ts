import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per process: Node's own metrics, every series labelled with the service. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** HTTP request durations by route (its pattern, never the raw URL), method and status. */
export function httpDurations(registry: Registry): Histogram<'route' | 'method' | 'status'> {
  return new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from the request arriving at the gateway to its answer being sent',
    labelNames: ['route', 'method', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
}

/**
 * A gauge read when Prometheus scrapes: `read` returns the value of each label set. A read that
 * fails (the database or Redis away) leaves the series out of that scrape rather than failing it.
 */
export function scrapedGauge<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
  read: () => Promise<{ labels: Record<L, string>; value: number }[]>,
): Gauge<L> {
  return new Gauge<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      this.reset();
      const values = await read().catch(() => []);
      for (const { labels, value } of values) this.set(labels as Partial<Record<L, string>>, value);
    },
  });
}
