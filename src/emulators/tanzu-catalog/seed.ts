/**
 * The TAC emulator's deterministic demo data: five operating systems (Debian 11 deprecated), four
 * registries (one hosted by the catalog, one unhealthy) and ~120 base images ordered so a page of 100
 * spans at most three operating systems.
 */
import { createHash } from 'node:crypto';
import type { StoredBaseImage, StoredBaseImageStatus, StoredOperatingSystem, StoredRegistry, TacStore } from './store.js';

/** Deterministic UUID (v5-shaped) so seeded ids are stable across runs and tests. */
export function stableUuid(...parts: (string | number)[]): string {
  const h = createHash('sha1').update(parts.join(':')).digest('hex');
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const T0 = Date.parse('2024-03-01T09:00:00.000Z');
const iso = (offsetHours: number) => new Date(T0 + offsetHours * 3_600_000).toISOString();
const SEED_USER = 'platform-team@acme.example';

/**
 * OS catalogue. Base image names start with the distro, and the list is ordered by name, so a page
 * of 100 default-status images spans at most three operating systems (the adapter's OS batch per
 * page stays small). Debian 11 is deprecated and only used by DELETED images.
 */
const OS_SEED = [
  { key: 'debian-11', name: 'Debian 11', distro: 'debian', version: '11', status: 'DEPRECATED' as const, images: 0 },
  { key: 'debian-12', name: 'Debian 12', distro: 'debian', version: '12', status: 'ACTIVE' as const, images: 45 },
  { key: 'photon-5', name: 'Photon OS 5', distro: 'photon', version: '5.0', status: 'ACTIVE' as const, images: 40 },
  { key: 'redhat-ubi-9', name: 'Red Hat UBI 9', distro: 'redhat', version: '9', status: 'ACTIVE' as const, images: 20 },
  { key: 'ubuntu-22.04', name: 'Ubuntu 22.04', distro: 'ubuntu', version: '22.04', status: 'ACTIVE' as const, images: 15 },
];

const REGISTRY_SEED = [
  {
    key: 'bitnami-hosted',
    name: 'Bitnami Secure Images',
    url: 'registry.app-catalog.vmware.com',
    description: 'Registry hosted by Bitnami Secure Images for the organization',
    hosted: true,
    vmware_managed: true,
    shared: true,
    owned: false,
    provider: 'HARBOR',
  },
  {
    key: 'acme-harbor',
    name: 'acme-harbor',
    url: 'harbor.acme.example',
    description: 'ACME on-premises Harbor',
    hosted: false,
    vmware_managed: false,
    shared: false,
    owned: true,
    provider: 'HARBOR',
  },
  {
    key: 'acme-ecr',
    name: 'acme-ecr-eu-west-1',
    url: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    description: 'ACME production ECR',
    hosted: false,
    vmware_managed: false,
    shared: false,
    owned: true,
    provider: 'AMAZON_ELASTIC_CONTAINER_REGISTRY',
  },
  {
    key: 'acme-gar',
    name: 'acme-artifact-registry',
    url: 'europe-docker.pkg.dev/acme-prod/base',
    description: 'ACME Google Artifact Registry',
    hosted: false,
    vmware_managed: false,
    shared: false,
    owned: true,
    provider: 'GOOGLE_ARTIFACT_REGISTRY',
  },
];

const STACKS = [
  'minimal', 'base', 'nodejs-18', 'nodejs-20', 'nodejs-22', 'python-3.11', 'python-3.12', 'java-17', 'java-21',
  'go-1.22', 'go-1.23', 'ruby-3.3', 'php-8.3', 'dotnet-8', 'nginx-1.26', 'postgresql-16', 'redis-7', 'rust-1.80',
  'perl-5.38', 'erlang-27', 'tomcat-10', 'jdk-build-21',
];

/** The repository path a registry stores images under (`REPOSITORY_NAME` in `REPOSITORY_NAME/IMAGE_NAME:TAG`). */
function repositoryFor(registryUrl: string): string {
  return registryUrl.includes('/') ? registryUrl : `${registryUrl}/base-images`;
}

/** Fills `store`: operating systems and registries always, base images when `baseImages`. */
export function seedTac(store: TacStore, options: { baseImages: boolean }): void {
  const osIds = seedOperatingSystems(store);
  const registryList = seedRegistries(store);
  if (options.baseImages) seedBaseImages(store, osIds, registryList);
}

/** The OS catalogue; returns seed key → id. */
function seedOperatingSystems(store: TacStore): Record<string, string> {
  const { operatingSystems } = store;
  const osIds: Record<string, string> = {};
  for (const [i, os] of OS_SEED.entries()) {
    const id = stableUuid('tac-os', os.key);
    osIds[os.key] = id;
    const record: StoredOperatingSystem = {
      id,
      name: os.name,
      distro: os.distro,
      version: os.version,
      distroless: false,
      fips_compliant: os.distro === 'redhat' || os.distro === 'photon',
      stig_compliant: os.distro === 'redhat',
      status: os.status,
      created_at: iso(-24 * 400 + i),
      updated_at: iso(-24 * 30 + i),
    };
    operatingSystems.set(id, record);
  }
  const debian11 = operatingSystems.get(osIds['debian-11'] ?? '');
  if (debian11) {
    debian11.replaced_by = osIds['debian-12'];
    debian11.deprecated_at = iso(-24 * 60);
    debian11.replaced_at = iso(-24 * 60);
  }
  return osIds;
}

function seedRegistries(store: TacStore): StoredRegistry[] {
  const { registries } = store;
  const registryList: StoredRegistry[] = REGISTRY_SEED.map((r, i) => ({
    id: stableUuid('tac-registry', r.key),
    name: r.name,
    url: r.url,
    healthy: true,
    last_checked_at: iso(-1),
    description: r.description,
    hosted: r.hosted,
    vmware_managed: r.vmware_managed,
    shared: r.shared,
    owned: r.owned,
    provider: r.provider,
    flavor: 'STANDALONE',
    created_at: iso(-24 * 200 + i),
    created_by: r.vmware_managed ? 'system' : SEED_USER,
    updated_at: iso(-24 * 10 + i),
    updated_by: r.vmware_managed ? 'system' : SEED_USER,
    credentials_limit: r.vmware_managed ? 10 : 0,
  }));
  for (const r of registryList) registries.set(r.id, r);
  // One unhealthy registry so health fields carry both values.
  const gar = registryList[3];
  if (gar) {
    gar.healthy = false;
    gar.unhealthy_cause = 'Authentication to the registry failed (401)';
  }
  return registryList;
}

function seedBaseImages(store: TacStore, osIds: Record<string, string>, registryList: StoredRegistry[]): void {
  const { operatingSystems, baseImages } = store;
  let n = 0;
  const add = (osKey: string, stack: string, variant: number, status: StoredBaseImageStatus) => {
    const os = operatingSystems.get(osIds[osKey] ?? '');
    const registry = registryList[n % registryList.length];
    if (!os || !registry) return;
    const name = `${osKey}-${stack}${variant > 0 ? `-v${variant + 1}` : ''}`;
    const id = stableUuid('tac-base-image', name);
    const created = -24 * 120 + n * 7;
    const image: StoredBaseImage = {
      id,
      name,
      description: `${os.name} ${stack} base image${variant > 0 ? ` (variant ${variant + 1})` : ''}`,
      container_image: `${repositoryFor(registry.url)}/${osKey}-${stack}:${1 + (n % 4)}.${n % 10}.${variant}`,
      operating_system_id: os.id,
      registry_id: registry.id,
      healthy: n % 17 !== 0,
      last_checked_at: iso(-2),
      application_count: (n * 7) % 13,
      status,
      packaging_type: 'CONTAINER_IMAGE',
      platforms:
        n % 3 === 0
          ? [{ os_family: 'linux', architecture: 'amd64' }]
          : [
              { os_family: 'linux', architecture: 'amd64' },
              { os_family: 'linux', architecture: 'arm64' },
            ],
      shared: registry.shared,
      created_at: iso(created),
      created_by: SEED_USER,
      updated_at: iso(created + 48),
      updated_by: SEED_USER,
    };
    if (status === 'DEPRECATED') image.deprecated_at = iso(created + 96);
    if (status === 'DELETED') {
      image.removed_at = iso(created + 120);
      image.removed_by = SEED_USER;
    }
    baseImages.set(id, image);
    n += 1;
  };
  for (const os of OS_SEED) {
    for (let i = 0; i < os.images; i++) {
      const stack = STACKS[i % STACKS.length] ?? 'base';
      add(os.key, stack, Math.floor(i / STACKS.length), i % 11 === 5 ? 'DEPRECATED' : 'ACTIVE');
    }
  }
  // Six removed Debian 11 images: visible only with `statuses=DELETED`.
  for (let i = 0; i < 6; i++) add('debian-11', STACKS[i] ?? 'base', 0, 'DELETED');
}
