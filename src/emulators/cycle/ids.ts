import { createHash } from 'node:crypto';

/** Cycle's "not set" timestamp (Go zero time), as its API and its TS client use it. */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

let counter = 0x5a3c01;

/**
 * A Mongo-style ObjectId (24 hex): 4-byte seconds, then a process-unique counter. Ids sort in creation
 * order, as Cycle's do, which the `sort=id` / `-id` conventions rely on.
 */
export function objectId(at: Date = new Date()): string {
  counter = (counter + 1) % 0xffffffffff;
  const seconds = Math.floor(at.getTime() / 1000).toString(16).padStart(8, '0');
  return `${seconds}c1c1e0${counter.toString(16).padStart(10, '0')}`;
}

export function iso(at: Date | number = new Date()): string {
  return new Date(at).toISOString();
}

export function hashOf(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex');
}
