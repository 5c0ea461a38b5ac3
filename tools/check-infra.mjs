#!/usr/bin/env node
// Static checks of what cannot be run here (no Docker engine, no cluster):
// every k8s manifest against the Kubernetes schemas, and docker/compose.yaml through `docker compose config`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

let failures = 0;
let checked = 0;
const fail = (message) => {
  failures++;
  console.error(`✗ ${message}`);
};
const manifests = readdirSync('k8s')
  .filter((name) => name.endsWith('.yaml'))
  .flatMap((file) =>
    parseAllDocuments(readFileSync(join('k8s', file), 'utf8'))
      .map((document) => ({ file, manifest: document.toJSON() }))
      .filter(({ manifest }) => manifest),
  );
const namespace = manifests.find(({ manifest }) => manifest.kind === 'Namespace')?.manifest.metadata.name;
const named = (kind) =>
  new Set(
    manifests.filter(({ manifest }) => manifest.kind === kind).map(({ manifest }) => manifest.metadata.name),
  );
const [configMaps, secrets, deployments] = [named('ConfigMap'), named('Secret'), named('Deployment')];
for (const { file, manifest } of manifests) {
  const where = `${file}: ${manifest.kind}/${manifest.metadata?.name}`;
  if (manifest.kind !== 'Namespace' && manifest.metadata?.namespace !== namespace)
    fail(`${where}: namespace ${manifest.metadata?.namespace} is not the stack's namespace ${namespace}`);
  const containers = manifest.spec?.template?.spec?.containers ?? [];
  for (const ref of containers.flatMap((container) => container.envFrom ?? [])) {
    if (ref.configMapRef && !configMaps.has(ref.configMapRef.name))
      fail(`${where}: no ConfigMap ${ref.configMapRef.name}`);
    if (ref.secretRef && !secrets.has(ref.secretRef.name)) fail(`${where}: no Secret ${ref.secretRef.name}`);
  }
}
const composeFile = parseAllDocuments(readFileSync('docker/compose.yaml', 'utf8'))[0].toJSON();
// apps/web is not a process: the gateway's image serves its build (dist/web).
const STATIC_APPS = new Set(['web']);
for (const app of readdirSync('apps').filter((name) => !STATIC_APPS.has(name))) {
  if (!deployments.has(app)) fail(`k8s: apps/${app} has no Deployment`);
  if (!composeFile.services?.[app]) fail(`docker/compose.yaml: apps/${app} has no service`);
}
for (const { file, manifest } of manifests) {
  {
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
