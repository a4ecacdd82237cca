import { buildCatalogEntry } from './registry.js';
import { parseReference } from './reference.js';
import { sha256, type DockerImageStore, type StoredImage } from './store.js';

/**
 * Seeds a realistic local image store: alpine (two tags), nginx (tag + digest, labels), redis, an image referenced
 * from two repositories (so `DELETE` without `force` answers 409), and a dangling image left by a rebuild.
 * Ids are derived from fixed inputs, so they are the same on every start.
 */
export function seedImages(store: DockerImageStore): void {
  const pulled = (reference: string, extraTags: string[] = []) => {
    const entry = buildCatalogEntry(reference);
    store.add(structuredClone(entry.image));
    store.setReference(entry.reference, entry.image.id);
    store.setReference({ domain: entry.reference.domain, path: entry.reference.path, digest: entry.manifestDigest }, entry.image.id);
    for (const tag of extraTags) store.setReference(parseReference(tag), entry.image.id);
    return entry.image;
  };
  pulled('alpine:3.19', ['alpine:latest']);
  pulled('nginx:1.25');
  pulled('redis:7.2');

  const api = buildCatalogEntry('registry.example.com/acme/api:1.0', { private: true });
  const apiImage: StoredImage = {
    ...structuredClone(api.image),
    config: { ...api.image.config, Labels: { 'com.example.team': 'api', 'org.opencontainers.image.version': '1.0.0' } },
  };
  store.add(apiImage);
  store.setReference(api.reference, apiImage.id);
  store.setReference(parseReference('acme/api:1.0'), apiImage.id);
  store.setReference(parseReference('acme/api:stable'), apiImage.id);

  const base = buildCatalogEntry('alpine:3.19').image;
  const danglingCreated = '2024-03-02T10:15:42.118274551Z';
  const dangling: StoredImage = {
    ...structuredClone(base),
    id: sha256(`dangling#${danglingCreated}`),
    created: danglingCreated,
    comment: 'buildkit.dockerfile.v0',
    config: { ...base.config, Cmd: ['./app'], WorkingDir: '/srv', Labels: { 'org.opencontainers.image.title': 'old-build' } },
    layers: [
      ...base.layers,
      { diffId: sha256('dangling#layer'), size: 18_204_113, created: Date.parse(danglingCreated) / 1000, createdBy: 'COPY . /srv # buildkit', comment: 'buildkit.dockerfile.v0' },
    ],
  };
  store.add(dangling);
}
