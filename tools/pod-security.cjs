// The "restricted" Pod Security Standard (kubernetes.io/docs/concepts/security/pod-security-standards),
// checked on the pod templates of our manifests, since no admission controller runs here.
'use strict';

const ALLOWED_VOLUMES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
];
const SECCOMP = ['RuntimeDefault', 'Localhost'];

/** The pod spec a workload runs, or undefined for other kinds. */
function podSpecOf(manifest) {
  if (manifest.kind === 'Pod') return manifest.spec;
  if (manifest.kind === 'CronJob') return manifest.spec?.jobTemplate?.spec?.template?.spec;
  return manifest.spec?.template?.spec;
}

/** Every way `podSpec` breaks the restricted level, in words; empty when it meets it. */
function restrictedViolations(podSpec) {
  const problems = [];
  const pod = podSpec.securityContext ?? {};
  const containers = [...(podSpec.initContainers ?? []), ...(podSpec.containers ?? [])];
  for (const field of ['hostNetwork', 'hostPID', 'hostIPC'])
    if (podSpec[field]) problems.push(`${field} must not be set`);
  for (const volume of podSpec.volumes ?? []) {
    const type = Object.keys(volume).find((key) => key !== 'name');
    if (!ALLOWED_VOLUMES.includes(type))
      problems.push(`volume ${volume.name}: ${type} volumes are not allowed`);
  }
  if (pod.runAsUser === 0) problems.push('the pod must not run as user 0');
  for (const container of containers) {
    const own = container.securityContext ?? {};
    const name = `container ${container.name}`;
    if (own.privileged) problems.push(`${name}: must not be privileged`);
    if (own.allowPrivilegeEscalation !== false)
      problems.push(`${name}: allowPrivilegeEscalation must be false`);
    if (!(own.capabilities?.drop ?? []).includes('ALL')) problems.push(`${name}: capabilities must drop ALL`);
    const added = (own.capabilities?.add ?? []).filter((capability) => capability !== 'NET_BIND_SERVICE');
    if (added.length) problems.push(`${name}: may add only NET_BIND_SERVICE, not ${added.join(', ')}`);
    if ((own.runAsNonRoot ?? pod.runAsNonRoot) !== true) problems.push(`${name}: runAsNonRoot must be true`);
    if ((own.runAsUser ?? pod.runAsUser) === 0) problems.push(`${name}: must not run as user 0`);
    const seccomp = own.seccompProfile?.type ?? pod.seccompProfile?.type;
    if (!SECCOMP.includes(seccomp))
      problems.push(`${name}: seccompProfile must be RuntimeDefault or Localhost`);
    for (const port of container.ports ?? [])
      if (port.hostPort) problems.push(`${name}: hostPort is not allowed`);
  }
  return problems;
}

module.exports = { podSpecOf, restrictedViolations };
