// The web app's API types, generated from the gateway's OpenAPI document (dist/openapi.json, written
// by `npm run lint:openapi`): `node tools/web-types.mjs` writes them, `--check` fails when the
// committed file is not what the document gives (a reply changed without the web app following).
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const TARGET = 'apps/web/src/api/schema.d.ts';
const document = JSON.parse(readFileSync('dist/openapi.json', 'utf8'));
const header = "// Generated from the gateway's OpenAPI document by `npm run gen:web-types`: do not edit.\n";
const generated = await format(header + astToString(await openapiTS(document)), {
  ...(await resolveConfig(TARGET)),
  filepath: TARGET,
});
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(TARGET, 'utf8');
  } catch {
    // missing: stale
  }
  if (committed !== generated) {
    console.error(
      `${TARGET} is stale: the API's replies changed. Run \`npm run gen:web-types\` and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${TARGET} is up to date`);
} else {
  writeFileSync(TARGET, generated);
  console.log(`${TARGET} written`);
}
