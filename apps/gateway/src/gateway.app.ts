import { createLogger, PinoNestLogger, requestContext } from '@app/observability';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { GatewayModule } from './app.module';
import { HttpErrorFilter } from './errors/http-error.filter';
import { documentIdempotencyKey } from './http/idempotency-openapi';
import { createValidationPipe } from './errors/validation.pipe';
import { GatewayConfig, trustedProxies } from './gateway.config';
import { BODY_LIMITS } from './http/body-limits';
import { registerJsonBody } from './http/json-body';
import { registerGatewayMetrics } from './http/metrics';
import { registerRateLimits } from './http/rate-limit';
import { registerRequestTextCheck } from './http/request-text';
import { serveWebApp } from './web/web-app';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
export const API_PREFIX = 'api/v1';
/** Bodies other than JSON that some routes take (CSV imports). */
const BODY_TYPES_ALLOWED = ['text/csv', 'multipart/form-data'];

/** Builds the gateway (not yet listening): used by main, the tests and the benchmark alike. */
export async function createGatewayApp(config: GatewayConfig): Promise<NestFastifyApplication> {
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const adapter = new FastifyAdapter({
    trustProxy: trustedProxies(config).length ? trustedProxies(config) : false,
    bodyLimit: BODY_LIMITS.json,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.register(config), adapter, {
    logger: new PinoNestLogger(logger),
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    requestContext.run({ requestId: String(request.id) }, done);
  });
  fastify.addHook('preValidation', (request, reply, done) => {
    if (!['POST', 'PUT', 'PATCH'].includes(request.method) || request.body === undefined) return done();
    const type = String(request.headers['content-type'] ?? '');
    if (/^application\/json\b/i.test(type) || BODY_TYPES_ALLOWED.some((allowed) => type.startsWith(allowed)))
      return done();
    void reply.status(415).send({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: 'The body must be sent as application/json',
      requestId: String(request.id),
    });
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    logger.info(
      {
        requestId: request.id,
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
    done();
  });

  registerGatewayMetrics(app, config);
  await registerRateLimits(app, config);

  await app.register(fastifyMultipart, { limits: { fileSize: BODY_LIMITS.csv, files: 1 } });
  registerJsonBody(app);
  registerRequestTextCheck(fastify);
  fastify.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: BODY_LIMITS.csv },
    (_request, body, done) => done(null, body),
  );
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter(logger));
  app.enableShutdownHooks();

  if (!(await serveWebApp(app, config)))
    logger.warn('the web app is not built (npm run build): / serves nothing');

  const document = buildOpenApi(app);
  SwaggerModule.setup('docs', app, document, {
    useGlobalPrefix: false,
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    raw: ['json'],
  });
  return app;
}

export function buildOpenApi(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Partnership Hub API')
    .setDescription(
      'The partner register, partnership activities, student partnership and reports of a university. ' +
        'Errors: `{ statusCode, error, message, details: [{ field, problem }], requestId }`.',
    )
    .setVersion('1')
    .setLicense('Proprietary', 'https://partnership-hub.example/licence')
    .addServer('/', 'This gateway')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.security = [{ bearer: [] }];
  const health = document.paths[`/${API_PREFIX}/health`]?.get;
  if (health) health.security = [];
  documentIdempotencyKey(document);
  return document;
}
