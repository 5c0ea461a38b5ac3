import { type Actor, HebciCellQuery, ReportPattern } from '@app/contracts';
import type { FastifyReply } from 'fastify';
import type { ServiceClients } from '../rpc/service-clients';
import { send } from './report-replies';

/** Never called: its calls must fail to compile (`npm run typecheck` checks them). */
export async function mistypedCalls(services: ServiceClients, actor: Actor) {
  // @ts-expect-error: the cell drill-down takes `{ cellId, query }`, not the query alone
  await services.call('reporting', ReportPattern.HebciCell, actor, new HebciCellQuery());
  const overview = await services.call('reporting', ReportPattern.Overview, actor, {});
  // @ts-expect-error: the reply may be a file, which has no totals: the caller must tell them apart
  return overview.totals;
}

function fakeReply() {
  const headers: Record<string, string> = {};
  const reply = {
    header(name: string, value: string) {
      headers[name] = value;
      return reply;
    },
  };
  return { reply: reply as unknown as FastifyReply, headers };
}

describe('send', () => {
  it('answers a report as it is', () => {
    const { reply, headers } = fakeReply();
    const view = { asOf: null, sources: [] };
    expect(send(reply, view)).toBe(view);
    expect(headers).toEqual({});
  });

  it('answers a download as its bytes, with its content type and file name', () => {
    const { reply, headers } = fakeReply();
    const body = send(reply, {
      file: { name: 'a.xlsx', contentType: 'application/x-test', body: 'UEsD', encoding: 'base64' },
    });
    expect(body).toEqual(Buffer.from([0x50, 0x4b, 0x03]));
    expect(headers).toEqual({
      'content-type': 'application/x-test',
      'content-disposition': 'attachment; filename="a.xlsx"',
    });
  });
});
