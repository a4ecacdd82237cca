import { describe, expect, it } from 'vitest';
import { sinceAfter } from '../../src/providers/docker-engine/adapter.js';

describe('docker-engine adapter', () => {
  describe('sinceAfter', () => {
    it('resumes one nanosecond after the event, exactly (timeNano is beyond a double)', () => {
      const line = '{"Type":"image","Action":"pull","time":1718000000,"timeNano":1718000000123456789}';
      // JSON.parse would read 1718000000123456800 and resume after events that never arrived.
      expect(sinceAfter(line)).toBe('1718000000.123456790');
    });

    it('carries into the seconds', () => {
      expect(sinceAfter('{"timeNano":1718000000999999999}')).toBe('1718000001.000000000');
    });

    it('pads the nanoseconds and answers undefined without timeNano', () => {
      expect(sinceAfter('{"timeNano": 1718000000000000041}')).toBe('1718000000.000000042');
      expect(sinceAfter('{"time":1718000000}')).toBeUndefined();
    });
  });
});
