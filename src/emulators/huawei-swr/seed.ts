/**
 * The SWR emulator's deterministic demo data: 5 organisations, 120 repositories (some with `/` in their
 * names) holding 1–5 tags each, and a grant to another user on every tenth; identical on every start.
 */
import type { SwrStore } from './store.js';

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

/** Demo data: 5 organisations, 120 repositories, 1–5 tags each; identical on every start. */
export function seedSwr(store: SwrStore): void {
  const random = mulberry32(20240601);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const namespaces = ['acme', 'platform', 'ml-team', 'open.source', 'data__lake'];
  for (const name of namespaces) store.addNamespace(name, name === 'open.source' ? 'oss-bot' : 'demo-admin', name === 'open.source' ? 3 : 7);
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
        if (store.getRepository(namespace, name)) continue;
        const created = new Date(base + i * 3_600_000 * 7);
        store.addRepository({
          namespace,
          name,
          category: pick(categories),
          description: random() < 0.8 ? `${stem} ${suffix ? `(${suffix.replace(/^[-_]/, '')}) ` : ''}image for the ${namespace} organization` : '',
          isPublic: random() < 0.3,
          created,
        });
        const repo = store.getRepository(namespace, name)!;
        repo.numDownload = Math.floor(random() * 5000);
        const tagCount = 1 + Math.floor(random() * 5);
        const tags = [...tagPool].sort(() => random() - 0.5).slice(0, tagCount);
        tags.forEach((tag, t) =>
          store.addTag(namespace, name, tag, {
            size: 5_000_000 + Math.floor(random() * 400_000_000),
            created: new Date(created.getTime() + (t + 1) * 86_400_000),
            manifestList: random() < 0.2,
          }),
        );
        if (i % 10 === 0) store.grant(namespace, name, { userId: "0c1d2e3f405162738495a6b7c8d9e0f1", userName: 'ci-reader', auth: 1 });
        i += 1;
      }
    }
  }
}
