import type { ReportFile, ReportReply } from '@app/contracts';
import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiProduces, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a report download answers: the CSV text, or the XLSX workbook's bytes. */
export type ReportBody = string | Buffer;

/**
 * A report's success answer: its view (the reply class RpcMap names) as JSON, or with
 * `?format=csv|xlsx` the same report as a file (`Content-Disposition: attachment`).
 */
export function ApiReportReply(view: Type<unknown>, description: string) {
  return applyDecorators(
    ApiExtraModels(view),
    ApiProduces('application/json', 'text/csv', XLSX),
    ApiResponse({
      status: 200,
      description: `${description}; with \`format=csv\` or \`format=xlsx\`, the same report as a download`,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(view) } },
        'text/csv': {
          schema: { type: 'string', description: 'One `# <table>` section per table of the report' },
        },
        [XLSX]: { schema: { type: 'string', format: 'binary', description: 'One sheet per table' } },
      },
    }),
  );
}

const isFile = (answer: unknown): answer is ReportFile =>
  typeof answer === 'object' && answer !== null && 'file' in answer;

/** The report as JSON, or its file with the file's content type and name. */
export function send<View>(reply: FastifyReply, answer: ReportReply<View>): View | ReportBody {
  if (!isFile(answer)) return answer;
  void reply.header('content-type', answer.file.contentType);
  void reply.header('content-disposition', `attachment; filename="${answer.file.name}"`);
  return answer.file.encoding === 'base64' ? Buffer.from(answer.file.body, 'base64') : answer.file.body;
}
