import { ValidationError } from '../core/errors.js';
import { isProvider, type Provider } from '../core/provider.js';
import { NODE_TYPE_PROVIDERS } from './node-types.js';

/**
 * Relay global ids: base64url of `Typename:PROVIDER:localId`. The provider is part of every id, so a
 * resolver knows which upstream to ask before any call, and an id of one provider can never be sent
 * to another. Decoding checks the type and the provider.
 */
export interface DecodedId {
  typename: string;
  provider: Provider;
  localId: string;
}

/** `nodes(ids:)` takes at most this many ids (about one upstream call each: no provider has a batch get). */
export const MAX_NODES_IDS = 100;

/** Refuses an oversized `nodes(ids:)` before any id is loaded. */
export function checkNodeIds<T>(ids: T[]): T[] {
  if (ids.length > MAX_NODES_IDS) throw ValidationError.field('ids', `at most ${MAX_NODES_IDS} ids per request, got ${ids.length}`);
  return ids;
}

export function encodeId(typename: string, provider: Provider, localId: string): string {
  return Buffer.from(`${typename}:${provider}:${localId}`, 'utf8').toString('base64url');
}

/** The relay plugin's hook: the node's raw id is already `PROVIDER:localId`. */
export function encodeGlobalID(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${String(id)}`, 'utf8').toString('base64url');
}

export function decodeId(globalId: string, field = 'id'): DecodedId {
  const text = /^[A-Za-z0-9_-]+={0,2}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const m = /^([A-Za-z][A-Za-z0-9]*):([A-Z]+):(.+)$/s.exec(text);
  if (!m || !isProvider(m[2]!)) throw ValidationError.field(field, `"${globalId}" is not an id this gateway issued`);
  // A type name like `constructor` or `toString` would find Object.prototype's members in lookups by name,
  // and a `.`/`..` path segment would walk an upstream URL (`GET /images/./json` is the list): neither is ever issued.
  if (m[1]! in Object.prototype || m[3]!.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw ValidationError.field(field, `"${globalId}" is not an id this gateway issued`);
  }
  return { typename: m[1]!, provider: m[2] as Provider, localId: m[3]! };
}

export function decodeGlobalID(globalId: string): { typename: string; id: string } {
  const { typename, provider, localId } = decodeId(globalId);
  // Checked here, before any loader runs: relay would otherwise fail on an unknown type with an internal
  // error, and hand a foreign provider's id to the type's loader (an upstream call with someone else's id).
  const providers = Object.hasOwn(NODE_TYPE_PROVIDERS, typename) ? NODE_TYPE_PROVIDERS[typename] : undefined;
  if (!providers) throw ValidationError.field('id', `"${globalId}" names a ${typename}, which is not a type this gateway can refetch`);
  if (!providers.includes(provider)) throw ValidationError.field('id', `"${globalId}" names a ${typename} of ${provider}, which ${provider} does not hold`);
  return { typename, id: `${provider}:${localId}` };
}

/** Decodes and checks that the id names one of the expected types (and, optionally, providers). */
export function expectId(globalId: string, field: string, typenames: string[], providers?: Provider[]): DecodedId {
  const decoded = decodeId(globalId, field);
  if (!typenames.includes(decoded.typename)) {
    throw ValidationError.field(field, `expected the id of a ${typenames.join(' or ')}, got the id of a ${decoded.typename}`);
  }
  // The type's own providers first: a `DockerImage` id typed as CYCLE's is no Docker image, whatever the caller accepts.
  const holders = Object.hasOwn(NODE_TYPE_PROVIDERS, decoded.typename) ? NODE_TYPE_PROVIDERS[decoded.typename]! : [];
  const accepted = providers ? holders.filter((p) => providers.includes(p)) : holders;
  if (holders.length && !accepted.includes(decoded.provider)) {
    throw ValidationError.field(field, `expected the id of a ${decoded.typename} from ${accepted.join(' or ')}, got one from ${decoded.provider}`);
  }
  if (providers && !providers.includes(decoded.provider)) {
    throw ValidationError.field(field, `expected an id from ${providers.join(' or ')}, got one from ${decoded.provider}`);
  }
  return decoded;
}

/** Splits the relay plugin's raw id (`PROVIDER:localId`). */
export function splitRawId(raw: string): { provider: Provider; localId: string } {
  const i = raw.indexOf(':');
  const provider = raw.slice(0, i);
  if (i < 0 || !isProvider(provider)) throw ValidationError.field('id', `"${raw}" does not name a provider`);
  return { provider, localId: raw.slice(i + 1) };
}
