import { randomUUID } from 'node:crypto';

/**
 * Wire-shaped state of the TAC emulator and its operations. Field names follow the examples on the doc
 * pages (see test/contracts/specs/tac/); absent values are omitted rather than sent as `null`, because
 * the reconstructed spec types them as plain strings.
 */
export interface StoredOperatingSystem {
  id: string;
  name: string;
  distro: string;
  version: string;
  distroless: boolean;
  fips_compliant: boolean;
  stig_compliant: boolean;
  status: 'ACTIVE' | 'DEPRECATED';
  replaced_by?: string;
  created_at: string;
  updated_at: string;
  deprecated_at?: string;
  replaced_at?: string;
}

export interface StoredRegistry {
  id: string;
  name: string;
  url: string;
  healthy: boolean;
  last_checked_at: string;
  description: string;
  hosted: boolean;
  vmware_managed: boolean;
  shared: boolean;
  owned: boolean;
  provider: string;
  flavor: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  removed_at?: string;
  removed_by?: string;
  credentials_limit: number;
  unhealthy_cause?: string;
}

export type StoredBaseImageStatus = 'ACTIVE' | 'DEPRECATED' | 'DELETED';

export interface StoredBaseImage {
  id: string;
  name: string;
  description: string;
  container_image: string;
  operating_system_id: string;
  registry_id: string;
  healthy: boolean;
  last_checked_at: string;
  application_count: number;
  status: StoredBaseImageStatus;
  packaging_type: string;
  platforms: { os_family: string; architecture: string }[];
  shared: boolean;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  removed_at?: string;
  removed_by?: string;
  deprecated_at?: string;
}

export interface TacStore {
  operatingSystems: Map<string, StoredOperatingSystem>;
  registries: Map<string, StoredRegistry>;
  baseImages: Map<string, StoredBaseImage>;
}

/** The organization's user every mutation is attributed to (the org comes from the CSP token). */
export const EMULATOR_USER = 'gateway@acme.example';

/** An empty catalogue (the seed fills it). */
export function emptyStore(): TacStore {
  return { operatingSystems: new Map(), registries: new Map(), baseImages: new Map() };
}

/** A new ACTIVE base image in a registry, attributed to the emulator's user; returns its id. */
export function addBaseImage(
  store: TacStore,
  input: { name: string; description: string; containerImage: string; operatingSystem: StoredOperatingSystem; registry: StoredRegistry },
): string {
  const now = new Date().toISOString();
  const id = randomUUID();
  store.baseImages.set(id, {
    id,
    name: input.name,
    description: input.description,
    container_image: input.containerImage,
    operating_system_id: input.operatingSystem.id,
    registry_id: input.registry.id,
    healthy: true,
    last_checked_at: now,
    application_count: 0,
    status: 'ACTIVE',
    packaging_type: 'CONTAINER_IMAGE',
    platforms: [{ os_family: 'linux', architecture: 'amd64' }],
    shared: false,
    created_at: now,
    created_by: EMULATOR_USER,
    updated_at: now,
    updated_by: EMULATOR_USER,
  });
  return id;
}

/** PATCH: a new name and/or description. */
export function updateBaseImage(image: StoredBaseImage, changes: { name?: string; description?: string }): void {
  if (changes.name !== undefined) image.name = changes.name;
  if (changes.description !== undefined) image.description = changes.description;
  image.updated_at = new Date().toISOString();
  image.updated_by = EMULATOR_USER;
}

/** DELETE is a soft delete: the image becomes `DELETED`, with `removed_at/by`, and stays readable by id. */
export function removeBaseImage(image: StoredBaseImage): void {
  const now = new Date().toISOString();
  image.status = 'DELETED';
  image.removed_at = now;
  image.removed_by = EMULATOR_USER;
  image.updated_at = now;
  image.updated_by = EMULATOR_USER;
}

/** A new private registry the organization owns; returns its id. */
export function addRegistry(store: TacStore, input: { name: string; description: string; provider: string; url: string }): string {
  const now = new Date().toISOString();
  const id = randomUUID();
  store.registries.set(id, {
    id,
    name: input.name,
    url: input.url,
    healthy: true,
    last_checked_at: now,
    description: input.description,
    hosted: false,
    vmware_managed: false,
    shared: false,
    owned: true,
    provider: input.provider,
    flavor: 'STANDALONE',
    created_at: now,
    created_by: EMULATOR_USER,
    updated_at: now,
    updated_by: EMULATOR_USER,
    credentials_limit: 0,
  });
  return id;
}

/** Applications using a registry's base images (DELETED ones not counted). */
export function applicationCount(store: TacStore, registryId: string): number {
  let count = 0;
  for (const b of store.baseImages.values()) if (b.registry_id === registryId && b.status !== 'DELETED') count += b.application_count;
  return count;
}

/** A JSON body the emulator received on `/v1/*`, for contract tests of what the adapter sends. */
export interface ReceivedBody {
  method: string;
  path: string;
  body: unknown;
}
