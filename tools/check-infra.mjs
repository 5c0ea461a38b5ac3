#!/usr/bin/env node
// Static checks of what cannot be run here (no Docker engine, no cluster):
// every k8s manifest against the Kubernetes schemas, and docker/compose.yaml through `docker compose config`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

let failures = 0;
let checked = 0;
for (const file of readdirSync('k8s').filter((name) => name.endsWith('.yaml'))) {
  for (const document of parseAllDocuments(readFileSync(join('k8s', file), 'utf8'))) {
    const manifest = document.toJSON();
    if (!manifest) continue;
    const where = `${file}: ${manifest.kind}/${manifest.metadata?.name}`;
    try {
      const path = manifest.apiVersion.includes('/') ? manifest.apiVersion : `v1`;
      const module = await import(`kubernetes-models/${path}/${manifest.kind}`);
      new module[manifest.kind](manifest).validate();
      checked++;
    } catch (error) {
      failures++;
      console.error(`✗ ${where}: ${error instanceof Error ? error.message : error}`);
    }
  }
}
console.log(`k8s: ${checked} manifests valid${failures ? `, ${failures} invalid` : ''}`);

const compose = [
  ['docker', ['compose', '-f', 'docker/compose.yaml', 'config', '--quiet']],
  ['docker-compose', ['-f', 'docker/compose.yaml', 'config', '--quiet']],
].find(
  ([command, args]) =>
    spawnSync(command, [
      args[0] === 'compose' ? 'compose' : '--version',
      ...(args[0] === 'compose' ? ['version'] : []),
    ]).status === 0,
);
if (!compose) {
  console.error(
    '✗ docker/compose.yaml: neither `docker compose` nor `docker-compose` is installed (apt-get install docker-compose)',
  );
  failures++;
} else {
  const result = spawnSync(compose[0], compose[1], { encoding: 'utf8' });
  if (result.status === 0) console.log(`compose: docker/compose.yaml valid (${compose[0]} config)`);
  else {
    failures++;
    console.error(`✗ docker/compose.yaml: ${result.stderr || result.stdout}`);
  }
}
process.exit(failures ? 1 : 0);
