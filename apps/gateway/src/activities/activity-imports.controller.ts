import {
  type Actor,
  ActivityImportAccepted,
  ActivityImportPattern,
  ImportTemplateOperation,
  ActivityImportSummaryView,
  ActivityImportView,
  ListImportsQuery,
  type Page,
} from '@app/contracts';
import {
  BadRequestException,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { ServiceClients } from '../rpc/service-clients';
import { IMPORT_TEMPLATE } from './import-template';

@ApiTags('activities')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('activities/imports')
export class ActivityImportsController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @HttpCode(202)
  @Allow(ActivityImportPattern.Start)
  @ApiOperation({
    summary: 'Import activities from a CSV file',
    description:
      'Multipart with the file in field `file`, or a `text/csv` body. Rows are validated exactly like POST /activities; ' +
      "bad rows are reported and skipped, rows already imported (or repeating an earlier row's externalRef) are counted as `skipped`, good rows land.",
  })
  @ApiConsumes('multipart/form-data', 'text/csv')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiReply(ActivityImportAccepted, 'Accepted: follow it at GET /activities/imports/{importId}', 202)
  async start(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ActivityImportAccepted> {
    const { csv, fileName } = await readCsv(request);
    return this.services.call('activities', ActivityImportPattern.Start, actor, { csv, fileName });
  }

  @Get()
  @Allow(ActivityImportPattern.List)
  @ApiOperation({
    summary: 'Imports, newest first: the office and admins see all, faculty staff the ones they uploaded',
    description:
      "Each with its counts and `errorCount`; an import's row errors are at GET /activities/imports/{importId}.",
  })
  @ApiPagedReply(ActivityImportSummaryView, 'A page of imports, newest first')
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListImportsQuery,
  ): Promise<Page<ActivityImportSummaryView>> {
    return this.services.call('activities', ActivityImportPattern.List, actor, query);
  }

  @Get('template')
  @Allow(ImportTemplateOperation)
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="activities-template.csv"')
  @ApiOperation({ summary: 'A CSV template with every column and one example row' })
  @ApiOkResponse({
    description: 'The template, as CSV',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  template(): string {
    return IMPORT_TEMPLATE;
  }

  @Get(':importId')
  @Allow(ActivityImportPattern.Status)
  @ApiOperation({ summary: 'Status, progress and per-row errors of an import' })
  @ApiReply(ActivityImportView, 'The import, with every reported row')
  status(@CurrentActor() actor: Actor, @Param('importId') importId: string): Promise<ActivityImportView> {
    return this.services.call('activities', ActivityImportPattern.Status, actor, { importId });
  }
}

async function readCsv(request: FastifyRequest): Promise<{ csv: string; fileName: string | null }> {
  if (request.isMultipart()) {
    const part = await request.file();
    if (!part || part.fieldname !== 'file') {
      throw new BadRequestException({
        message: 'Send the CSV in the field "file"',
        details: [{ field: 'file', problem: 'is required' }],
      });
    }
    const file = await part.toBuffer();
    // toBuffer misses a file cut at the size limit when the cut falls in its last chunk.
    if (part.file.truncated) throw new request.server.multipartErrors.RequestFileTooLargeError();
    return { csv: file.toString('utf8'), fileName: part.filename };
  }
  if (typeof request.body === 'string' && String(request.headers['content-type']).startsWith('text/csv')) {
    return { csv: request.body, fileName: null };
  }
  throw new UnsupportedMediaTypeException(
    'Send the CSV as multipart/form-data (field "file") or as a text/csv body',
  );
}
