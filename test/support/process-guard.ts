import { afterAll, beforeAll, expect } from 'vitest';

/**
 * Makes an `uncaughtException` or `unhandledRejection` raised while this test file runs a test failure
 * (vitest would otherwise report it beside green tests, or lose the worker). The hostile-input suites
 * call it: a request that throws out of the event loop is exactly the bug they look for.
 */
export function guardProcess(): { caught: unknown[] } {
  const state = { caught: [] as unknown[] };
  const record = (err: unknown) => void state.caught.push(err);
  beforeAll(() => {
    process.on('uncaughtException', record);
    process.on('unhandledRejection', record);
  });
  afterAll(() => {
    process.off('uncaughtException', record);
    process.off('unhandledRejection', record);
    expect(state.caught.map((e) => (e instanceof Error ? e.stack : String(e)))).toEqual([]);
  });
  return state;
}
