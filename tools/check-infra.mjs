#!/usr/bin/env node
// Static checks of what cannot be run here (no Docker engine, no cluster): the production overlay
// rendered by kustomize and validated against the Kubernetes (and KEDA) schemas, the restricted Pod
// Security rules, the deployment kit's own rules, and docker/compose.yaml through `docker compose config`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAllDocuments } from 'yaml';

const { podSpecOf, restrictedViolations } = createRequire(import.meta.url)('./pod-security.cjs');
const OVERLAY = 'k8s/overlays/production';
let failures = 0;
const fail = (message) => {
  failures++;
  console.error(`✗ ${message}`);
};
const documents = (text) =>
  parseAllDocuments(text)
    .map((document) => document.toJSON())
    .filter(Boolean);

const rendered = spawnSync('kubectl', ['kustomize', OVERLAY], { encoding: 'utf8' });
// kubectl is not a Debian package on every machine: where it is missing the rendering is not checked.
const kubectlMissing = rendered.error?.code === 'ENOENT';
if (kubectlMissing) console.log(`k8s: kubectl not found, ${OVERLAY} not rendered or checked here`);
else if (rendered.error || rendered.status !== 0) {
  fail(`kubectl kustomize ${OVERLAY}: ${rendered.error?.message ?? rendered.stderr}`);
  process.exit(1);
}
const manifests = kubectlMissing ? [] : documents(rendered.stdout);
const of = (kind) => manifests.filter((manifest) => manifest.kind === kind);
const where = (manifest) => `${manifest.kind}/${manifest.metadata?.name}`;

// Every manifest against its schema (unknown fields refused).
let checked = 0;
for (const manifest of manifests) {
  try {
    const [group, version] = manifest.apiVersion.includes('/')
      ? manifest.apiVersion.split('/')
      : [null, manifest.apiVersion];
    const module =
      group === 'keda.sh'
        ? await import(`@kubernetes-models/keda/keda.sh/${version}/${manifest.kind}`)
        : await import(`kubernetes-models/${group ? `${group}/${version}` : version}/${manifest.kind}`);
    new module[manifest.kind](manifest).validate();
    checked++;
  } catch (error) {
    fail(`${where(manifest)}: ${error instanceof Error ? error.message : error}`);
  }
}

// The kit's own rules.
const namespace = of('Namespace')[0]?.metadata.name;
const secrets = new Set(of('Secret').map((secret) => secret.metadata.name));
const documented = readFileSync('k8s/README.md', 'utf8');
for (const secret of secrets)
  fail(`Secret/${secret}: no secret values in the repository (k8s/README.md says how to create it)`);
const deployments = of('Deployment');
const apps = readdirSync('apps').filter((name) => name !== 'web');
for (const app of apps)
  if (!deployments.some((d) => d.metadata.name === app)) fail(`apps/${app} has no Deployment`);
for (const manifest of manifests) {
  if (manifest.kind !== 'Namespace' && manifest.metadata?.namespace !== namespace)
    fail(`${where(manifest)}: not in the stack's namespace ${namespace}`);
  const pod = podSpecOf(manifest);
  if (!pod) continue;
  for (const problem of restrictedViolations(pod))
    fail(`${where(manifest)}: restricted Pod Security: ${problem}`);
  for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
    if (!/^[^:]+:[\w.-]+$/.test(container.image))
      fail(`${where(manifest)}: ${container.name} has no release tag (${container.image})`);
    for (const ref of container.envFrom ?? []) {
      const name = ref.secretRef?.name;
      if (name && !documented.includes(name))
        fail(`${where(manifest)}: Secret ${name} is not documented in k8s/README.md`);
      if (ref.configMapRef && !of('ConfigMap').some((map) => map.metadata.name === ref.configMapRef.name))
        fail(`${where(manifest)}: no ConfigMap ${ref.configMapRef.name}`);
    }
  }
}
const tags = new Set(
  manifests
    .flatMap((m) => [...(podSpecOf(m)?.initContainers ?? []), ...(podSpecOf(m)?.containers ?? [])])
    .map((c) => c.image),
);
if (!kubectlMissing && tags.size !== 1) fail(`one image for every container, found ${[...tags].join(', ')}`);
const release = of('ConfigMap').find((map) => map.metadata.name === 'partnership-hub-release')?.data.version;
for (const job of of('Job'))
  if (!job.metadata.name.endsWith(`-${release}`))
    fail(`${where(job)}: the migration Job must be named after the release ${release}`);
for (const deployment of deployments) {
  const name = deployment.metadata.name;
  if (!of('PodDisruptionBudget').some((pdb) => pdb.spec.selector.matchLabels?.app === name))
    fail(`Deployment/${name}: no PodDisruptionBudget`);
  const waits = (deployment.spec.template.spec.initContainers ?? []).some((c) =>
    c.command?.includes('--wait'),
  );
  if (!waits) fail(`Deployment/${name}: does not wait for its release's migrations`);
  if (name !== 'gateway' && !of('ScaledObject').some((scaled) => scaled.spec.scaleTargetRef.name === name))
    fail(`Deployment/${name}: not autoscaled on its queue (no ScaledObject)`);
}
for (const ingress of of('Ingress')) {
  if (!ingress.spec.tls?.length) fail(`${where(ingress)}: no TLS`);
  if (!ingress.metadata.annotations?.['nginx.ingress.kubernetes.io/proxy-body-size'])
    fail(`${where(ingress)}: no body-size limit`);
}
if (
  !of('NetworkPolicy').some(
    (policy) =>
      Object.keys(policy.spec.podSelector).length === 0 && policy.spec.policyTypes.includes('Ingress'),
  )
)
  fail('no default-deny NetworkPolicy');
console.log(
  `k8s: ${OVERLAY} rendered, ${checked} of ${manifests.length} manifests valid, restricted Pod Security checked${failures ? `, ${failures} problems` : ''}`,
);

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
if (!compose)
  fail(
    'docker/compose.yaml: neither `docker compose` nor `docker-compose` is installed (apt-get install docker-compose)',
  );
else {
  const result = spawnSync(compose[0], compose[1], { encoding: 'utf8' });
  if (result.status === 0) console.log(`compose: docker/compose.yaml valid (${compose[0]} config)`);
  else fail(`docker/compose.yaml: ${result.stderr || result.stdout}`);
}
process.exit(failures ? 1 : 0);
