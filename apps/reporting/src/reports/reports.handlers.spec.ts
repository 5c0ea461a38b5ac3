import { ReportPattern, type RpcRequest } from '@app/contracts';
import { Handles } from '@app/messaging';
import { ReportsHandlers } from './reports.handlers';

type OverviewRequest = RpcRequest<'reporting', typeof ReportPattern.Overview>;

/** Never instantiated: its decorators must fail to compile (`npm run typecheck` checks them). */
export class MistypedHandlers {
  // @ts-expect-error: the overview answers its view or a file, not a bare count
  @Handles('reporting', ReportPattern.Overview)
  overview(_request: OverviewRequest) {
    return { count: 1 };
  }

  // @ts-expect-error: the cell drill-down receives `{ cellId, query }`, not the query alone
  @Handles('reporting', ReportPattern.HebciCell)
  hebciCell(request: RpcRequest<'reporting', typeof ReportPattern.HebciExcluded>) {
    return Promise.resolve({
      file: { name: request.payload.format ?? 'x', contentType: 'text/csv', body: '' },
    });
  }
}

const patternOf = (method: unknown): unknown =>
  Reflect.getMetadata('microservices:pattern', method as object);

describe('ReportsHandlers', () => {
  it('answers every reporting pattern, each from one method', () => {
    const handled = Object.getOwnPropertyNames(ReportsHandlers.prototype)
      .map((name) => patternOf((ReportsHandlers.prototype as unknown as Record<string, unknown>)[name]))
      .filter((pattern) => pattern !== undefined)
      .flat();
    expect([...handled].sort()).toEqual(Object.values(ReportPattern).sort());
  });
});
