/**
 * In-memory state of the SWR emulator: organisations (namespaces), repositories, their tags, and grants
 * to other users; the seed is in seed.ts.
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

  /** Deletes a repository and its grants. */
  removeRepository(repo: RepositoryState): void {
    this.repositories.delete(SwrStore.repoKey(repo.namespace, repo.name));
    this.grants.delete(SwrStore.repoKey(repo.namespace, repo.name));
  }

  repositorySize(repo: RepositoryState): number {
    let total = 0;
    for (const t of repo.tags.values()) total += t.size;
    return total;
  }
}
