import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS tool that tools/check-infra.mjs shares
const { podSpecOf, restrictedViolations } = require('../../tools/pod-security.cjs') as {
  podSpecOf: (manifest: unknown) => PodSpec | undefined;
  restrictedViolations: (spec: PodSpec) => string[];
};

interface PodSpec {
  securityContext?: Record<string, unknown>;
  containers: { name: string; securityContext?: Record<string, unknown>; ports?: unknown[] }[];
  initContainers?: PodSpec['containers'];
  volumes?: Record<string, unknown>[];
  hostNetwork?: boolean;
}

const restricted: PodSpec = {
  securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [
    { name: 'app', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } },
  ],
  volumes: [{ name: 'tmp', emptyDir: {} }],
};

describe('the restricted Pod Security checker', () => {
  it('passes a pod that meets the restricted level', () => {
    expect(restrictedViolations(restricted)).toEqual([]);
  });

  it('names each thing the restricted level forbids', () => {
    const broken: PodSpec = {
      hostNetwork: true,
      securityContext: {},
      containers: [
        { name: 'app', securityContext: { privileged: true, capabilities: { add: ['SYS_ADMIN'] } } },
      ],
      volumes: [{ name: 'host', hostPath: { path: '/' } }],
    };
    expect(restrictedViolations(broken)).toEqual([
      'hostNetwork must not be set',
      'volume host: hostPath volumes are not allowed',
      'container app: must not be privileged',
      'container app: allowPrivilegeEscalation must be false',
      'container app: capabilities must drop ALL',
      'container app: may add only NET_BIND_SERVICE, not SYS_ADMIN',
      'container app: runAsNonRoot must be true',
      'container app: seccompProfile must be RuntimeDefault or Localhost',
    ]);
  });

  it('finds no violation in the base manifests of the stack', () => {
    const base = ['gateway', 'partners', 'activities', 'programmes', 'reporting', 'migrate-job'];
    const specs = base.flatMap((file) =>
      parseAllDocuments(readFileSync(`k8s/base/${file}.yaml`, 'utf8'))
        .map((document) => podSpecOf(document.toJSON()))
        .filter((spec): spec is PodSpec => spec !== undefined),
    );
    expect(specs).toHaveLength(6);
    expect(specs.flatMap(restrictedViolations)).toEqual([]);
  });

  it('renders the production overlay with one release tag where kubectl is present', () => {
    let rendered: string;
    try {
      rendered = execFileSync('kubectl', ['kustomize', 'k8s/overlays/production'], { encoding: 'utf8' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // kubectl is not on every machine
      throw error;
    }
    const images = new Set([...rendered.matchAll(/image: (\S+)/g)].map((match) => match[1]));
    expect([...images]).toEqual(['registry.uni.example/partnership-hub:1.0.0']);
    expect(rendered).toContain('name: partnership-hub-migrate-1.0.0');
    expect(rendered).not.toMatch(/kind: Secret/);
  });
});
