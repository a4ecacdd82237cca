import { createHash, timingSafeEqual } from 'node:crypto';
import type { Scope, Viewer } from './viewer.js';

/** One configured API key. Only its SHA-256 is kept in memory, whichever form the configuration used. */
export interface ApiKeyEntry {
  name: string;
  /** Lower-case hex SHA-256 of the key. */
  sha256: string;
  scopes: Scope[];
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/**
 * Finds the entry a presented key belongs to. The presented key is hashed (so every comparison is of
 * 32 bytes, whatever its length) and compared with **every** entry using `timingSafeEqual`, without
 * stopping at the first match: the time taken says nothing about which key, or how much of one, matched.
 */
export class ApiKeyStore {
  private readonly entries: { name: string; digest: Buffer; scopes: ReadonlySet<Scope> }[];

  constructor(entries: readonly ApiKeyEntry[]) {
    this.entries = entries.map((e) => ({ name: e.name, digest: Buffer.from(e.sha256, 'hex'), scopes: new Set(e.scopes) }));
  }

  get size(): number {
    return this.entries.length;
  }

  find(presented: string): Viewer | undefined {
    const digest = createHash('sha256').update(presented, 'utf8').digest();
    let found: Viewer | undefined;
    for (const entry of this.entries) {
      const equal = timingSafeEqual(digest, entry.digest);
      if (equal && !found) found = { name: entry.name, via: 'api-key', scopes: entry.scopes };
    }
    return found;
  }
}
