/**
 * SWR name grammar, checked before any upstream call so a bad name never costs a request and nothing is
 * half-created. The rules are the SDK's field comments (`CreateNamespaceRequestBody.namespace`,
 * `CreateRepoRequestBody.repository`, see `test/contracts/specs/swr/`):
 *
 * - organisation (namespace): starts with a lowercase letter, then lowercase letters, digits, `.`, `_`, `-`;
 *   ends with a lowercase letter or digit; 1–64 characters;
 * - repository: starts with a lowercase letter or digit, then lowercase letters, digits, `.`, `/`, `_`, `-`;
 *   ends with a lowercase letter or digit; 1–128 characters;
 * - in both, at most two consecutive underscores, and separators may not touch each other
 *   ("小数点、（斜杠、）下划线、中划线不能直接相连"), so `a._b`, `a-/b` and `a--b` are refused and `a__b` is fine.
 *
 * The same validators back the emulator, so the emulator refuses exactly what the gateway refuses.
 */
import { ValidationError, type FieldError } from '../../core/errors.js';
import { normalizeRegistryHost, type CanonicalReference } from '../../core/image-reference.js';

export const SWR_NAMESPACE_MAX_LENGTH = 64;
export const SWR_REPOSITORY_MAX_LENGTH = 128;

/** Wire values of the repository category. `arm`, not the SDK enum's `arms`: see `port.ts`. */
export const SWR_CATEGORY_WIRE_VALUES = ['app_server', 'linux', 'framework_app', 'database', 'lang', 'windows', 'arm', 'other'] as const;

const NAMESPACE_RE = /^[a-z][a-z0-9]*(?:(?:[.-]|_{1,2})[a-z0-9]+)*$/;
const REPOSITORY_RE = /^[a-z0-9]+(?:(?:[./-]|_{1,2})[a-z0-9]+)*$/;

function explain(value: string, kind: 'namespace' | 'repository'): string {
  const separators = kind === 'namespace' ? '._-' : './_-';
  const allowed = kind === 'namespace' ? /^[a-z0-9._-]*$/ : /^[a-z0-9./_-]*$/;
  if (!allowed.test(value)) {
    return kind === 'namespace'
      ? 'may contain only lowercase letters, digits, ".", "_" and "-"'
      : 'may contain only lowercase letters, digits, ".", "/", "_" and "-"';
  }
  if (kind === 'namespace' && !/^[a-z]/.test(value)) return 'must start with a lowercase letter';
  if (kind === 'repository' && !/^[a-z0-9]/.test(value)) return 'must start with a lowercase letter or digit';
  if (!/[a-z0-9]$/.test(value)) return 'must end with a lowercase letter or digit';
  if (/___/.test(value)) return 'may contain at most two consecutive underscores';
  return `separators (${separators.split('').map((c) => `"${c}"`).join(', ')}) may not be adjacent to each other`;
}

function check(value: unknown, path: string, kind: 'namespace' | 'repository'): FieldError | undefined {
  const label = kind === 'namespace' ? 'Organization (namespace) name' : 'Repository name';
  const max = kind === 'namespace' ? SWR_NAMESPACE_MAX_LENGTH : SWR_REPOSITORY_MAX_LENGTH;
  if (typeof value !== 'string' || value.length === 0) return { path, message: `${label} is required` };
  if (value.length > max) return { path, message: `${label} must be 1–${max} characters (got ${value.length})` };
  const re = kind === 'namespace' ? NAMESPACE_RE : REPOSITORY_RE;
  if (!re.test(value)) return { path, message: `${label} ${explain(value, kind)}` };
  return undefined;
}

/** The problem with an organisation name, or undefined when it is valid. */
export function namespaceNameError(value: unknown, path = 'input.namespace'): FieldError | undefined {
  return check(value, path, 'namespace');
}

/** The problem with a repository name, or undefined when it is valid. */
export function repositoryNameError(value: unknown, path = 'input.name'): FieldError | undefined {
  return check(value, path, 'repository');
}

/**
 * An image tag as SWR stores it: the Docker distribution tag grammar (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`).
 * SWR's own docs only say "镜像版本名称"; images arrive by `docker push`, so no other tag can exist.
 */
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** The problem with a tag name, or undefined when it is valid. */
export function tagNameError(value: unknown, path = 'input.tag'): FieldError | undefined {
  if (typeof value !== 'string' || value.length === 0) return { path, message: 'Tag is required' };
  if (value.length > 128) return { path, message: `Tag must be 1–128 characters (got ${value.length})` };
  if (!TAG_RE.test(value)) return { path, message: 'Tag may contain only letters, digits, "_", "." and "-", and may not start with "." or "-"' };
  return undefined;
}

/** A `ValidationError` (provider SWR) naming the field, or undefined when the organisation name is valid. */
export function validateNamespaceName(value: unknown, path = 'input.namespace'): ValidationError | undefined {
  const error = namespaceNameError(value, path);
  return error && new ValidationError([error], undefined, 'SWR');
}

/** A `ValidationError` (provider SWR) naming the field, or undefined when the repository name is valid. */
export function validateRepositoryName(value: unknown, path = 'input.name'): ValidationError | undefined {
  const error = repositoryNameError(value, path);
  return error && new ValidationError([error], undefined, 'SWR');
}

/** Collects several field errors into one `ValidationError` (undefined when there are none). */
export function collectErrors(errors: (FieldError | undefined)[]): ValidationError | undefined {
  const list = errors.filter((e): e is FieldError => e !== undefined);
  return list.length ? new ValidationError(list, undefined, 'SWR') : undefined;
}

/** Repository names go into paths with `/` replaced by `$` (docs swr_02_0030/0032/0034). */
export function repositoryPathSegment(name: string): string {
  // encodeURIComponent would turn `$` into `%24`; the SDK sends it literally (Go keeps `$` in paths).
  return encodeURIComponent(name.replace(/\//g, '$')).replace(/%24/g, '$');
}

/** The inverse of `repositoryPathSegment` for a decoded path parameter. */
export function repositoryFromPathSegment(segment: string): string {
  return segment.replace(/\$/g, '/');
}

// ── SWR registry hosts in image references ──────────────────────────────────────────────────────────────────────────────────────────

/** SWR's public registry hosts: `swr.<region>.myhuaweicloud.com` (the `path` of every SWR repository). */
const SWR_PUBLIC_HOST = /^swr\.[a-z0-9-]+\.myhuaweicloud\.com$/;

/**
 * The registry host of an SWR API endpoint: `https://swr-api.<region>.<domain>` serves the registry
 * `swr.<region>.<domain>`. Null for an endpoint without that shape (an emulator on 127.0.0.1).
 */
export function swrRegistryHostOf(endpoint: string): string | null {
  let host: string;
  try {
    host = new URL(endpoint).host.toLowerCase();
  } catch {
    return null;
  }
  return host.startsWith('swr-api.') ? normalizeRegistryHost(`swr.${host.slice('swr-api.'.length)}`) : null;
}

/** True for a host SWR serves: the public pattern, or one of the given hosts (the configured endpoint's). */
export function isSwrRegistryHost(host: string, configuredHosts: readonly string[] = []): boolean {
  const h = normalizeRegistryHost(host);
  return SWR_PUBLIC_HOST.test(h) || configuredHosts.includes(h);
}

/**
 * The SWR repository a reference points into: the first path component is the organisation, the rest
 * the repository name (which may hold `/`). Null when the path has a single component (SWR has none).
 */
export function swrRepositoryKeyOf(ref: Pick<CanonicalReference, 'path'>): { namespace: string; name: string } | null {
  const slash = ref.path.indexOf('/');
  if (slash <= 0) return null;
  return { namespace: ref.path.slice(0, slash), name: ref.path.slice(slash + 1) };
}
