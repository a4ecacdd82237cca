/**
 * In-memory state of the SWR emulator and its deterministic demo seed: a few organisations, ~120
 * repositories (some with `/` in their names) holding 1–5 tags each.
 */
import { createHash } from 'node:crypto';

export const SWR_EMULATOR_REGION = 'ap-southeast-1';
export const SWR_EMULATOR_REGISTRY = `swr.${SWR_EMULATOR_REGION}.myhuaweicloud.com`;
/** The in-cluster (CCE) registry address the API reports as `internal_path`. */
export const SWR_EMULATOR_INTERNAL_REGISTRY = '10.125.0.198:20202';
export const SWR_EMULATOR_DOMAIN = 'imagegraph-demo';

export interface NamespaceState {
  id: number;
  name: string;
  creatorName: string;
  auth: 7 | 3 | 1;
}

export interface TagState {
  id: number;
  name: string;
  digest: string;
  imageId: string;
  size: number;
  schema: 1 | 2;
  tagType: 0 | 1;
  created: Date;
  updated: Date;
}

export interface RepositoryState {
  id: number;
  nsId: number;
  namespace: string;
  name: string;
  category: string;
  description: string;
  isPublic: boolean;
  numDownload: number;
  created: Date;
  updated: Date;
  tags: Map<string, TagState>;
}

/** `YYYY-MM-DDTHH:MM:SSZ`: SWR timestamps are plain UTC strings. */
export const swrTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permission granted to another IAM user on a repository (`UserAuth`). */
export interface RepositoryGrantState {
  userId: string;
  userName: string;
  auth: 7 | 3 | 1;
}

/** The IAM user the emulator's credentials belong to (the caller's `self_auth`). */
export const SWR_EMULATOR_SELF_USER = { userId: '5a0b1c2d3e4f5061728394a5b6c7d8e9', userName: 'demo-admin' } as const;

export class SwrStore {
  readonly namespaces = new Map<string, NamespaceState>();
  readonly repositories = new Map<string, RepositoryState>();
  /** Grants to other users, by `repoKey` (`CreateUserRepositoryAuth` stands behind this; tests set it directly). */
  readonly grants = new Map<string, RepositoryGrantState[]>();
  private nextId = 1000;

  constructor(private readonly now: () => Date = () => new Date()) {}

  static repoKey(namespace: string, name: string): string {
    return `${namespace}\u0000${name}`;
  }

  addNamespace(name: string, creatorName = 'demo-admin', auth: 7 | 3 | 1 = 7): NamespaceState {
    const ns: NamespaceState = { id: this.nextId++, name, creatorName, auth };
    this.namespaces.set(name, ns);
    return ns;
  }

  addRepository(input: { namespace: string; name: string; category?: string; description?: string; isPublic: boolean; created?: Date }): RepositoryState {
    const ns = this.namespaces.get(input.namespace);
    if (!ns) throw new Error(`no namespace ${input.namespace}`);
    const created = input.created ?? this.now();
    const repo: RepositoryState = {
      id: this.nextId++,
      nsId: ns.id,
      namespace: input.namespace,
      name: input.name,
      category: input.category ?? 'other',
      description: input.description ?? '',
      isPublic: input.isPublic,
      numDownload: 0,
      created,
      updated: created,
      tags: new Map(),
    };
    this.repositories.set(SwrStore.repoKey(input.namespace, input.name), repo);
    return repo;
  }

  getRepository(namespace: string, name: string): RepositoryState | undefined {
    return this.repositories.get(SwrStore.repoKey(namespace, name));
  }

  /** Simulates a `docker push` (the API itself has no way to create an image). */
  addTag(namespace: string, repository: string, tag: string, options: { size?: number; created?: Date; manifestList?: boolean } = {}): TagState {
    const repo = this.getRepository(namespace, repository);
    if (!repo) throw new Error(`no repository ${namespace}/${repository}`);
    const digest = `sha256:${createHash('sha256').update(`${namespace}/${repository}:${tag}`).digest('hex')}`;
    const created = options.created ?? this.now();
    const state: TagState = {
      id: this.nextId++,
      name: tag,
      digest,
      imageId: `sha256:${createHash('sha256').update(digest).digest('hex')}`,
      size: options.size ?? 10_000_000,
      schema: 2,
      tagType: options.manifestList ? 1 : 0,
      created,
      updated: created,
    };
    repo.tags.set(tag, state);
    if (created > repo.updated) repo.updated = created;
    return state;
  }

  /** Grants another user a permission on a repository (replacing an earlier grant to the same user). */
  grant(namespace: string, repository: string, grant: RepositoryGrantState): void {
    const key = SwrStore.repoKey(namespace, repository);
    const list = (this.grants.get(key) ?? []).filter((g) => g.userId !== grant.userId);
    this.grants.set(key, [...list, grant]);
  }

  repositorySize(repo: RepositoryState): number {
    let total = 0;
    for (const t of repo.tags.values()) total += t.size;
    return total;
  }

  /** Demo data: 5 organisations, 120 repositories, 1–5 tags each; identical on every start. */
  seed(): void {
    const random = mulberry32(20240601);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const namespaces = ['acme', 'platform', 'ml-team', 'open.source', 'data__lake'];
    for (const name of namespaces) this.addNamespace(name, name === 'open.source' ? 'oss-bot' : 'demo-admin', name === 'open.source' ? 3 : 7);
    const stems = ['api', 'web', 'worker', 'gateway', 'billing', 'search', 'auth', 'notifier', 'scheduler', 'ingest', 'reports', 'cache'];
    const groups = ['', 'base/', 'tools/', 'services/'];
    const categories = ['app_server', 'linux', 'framework_app', 'database', 'lang', 'windows', 'arm', 'other'];
    const tagPool = ['latest', 'v1.0.0', 'v1.1.0', 'v1.2.3', 'v2.0.0-rc.1', '2024.06', 'stable', 'edge', 'sha-3f9c2e1'];
    const base = Date.UTC(2024, 0, 1);
    let i = 0;
    outer: for (const group of groups) {
      for (const stem of stems) {
        for (const suffix of ['', '-v2', '_legacy']) {
          if (i >= 120) break outer;
          const namespace = namespaces[i % namespaces.length]!;
          const name = `${group}${stem}${suffix}`;
          if (this.getRepository(namespace, name)) continue;
          const created = new Date(base + i * 3_600_000 * 7);
          this.addRepository({
            namespace,
            name,
            category: pick(categories),
            description: random() < 0.8 ? `${stem} ${suffix ? `(${suffix.replace(/^[-_]/, '')}) ` : ''}image for the ${namespace} organization` : '',
            isPublic: random() < 0.3,
            created,
          });
          const repo = this.getRepository(namespace, name)!;
          repo.numDownload = Math.floor(random() * 5000);
          const tagCount = 1 + Math.floor(random() * 5);
          const tags = [...tagPool].sort(() => random() - 0.5).slice(0, tagCount);
          tags.forEach((tag, t) =>
            this.addTag(namespace, name, tag, {
              size: 5_000_000 + Math.floor(random() * 400_000_000),
              created: new Date(created.getTime() + (t + 1) * 86_400_000),
              manifestList: random() < 0.2,
            }),
          );
          if (i % 10 === 0) this.grant(namespace, name, { userId: "0c1d2e3f405162738495a6b7c8d9e0f1", userName: 'ci-reader', auth: 1 });
          i += 1;
        }
      }
    }
  }
}
