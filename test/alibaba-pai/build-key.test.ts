import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { decodePaiBuildId, encodePaiBuildId } from '../../src/providers/alibaba-pai/validate.js';
import { encodeId } from '../../src/schema/global-id.js';

describe('PAI build key', () => {
  describe('encodePaiBuildId', () => {
    it('carries region, build and job only: short whatever the target URI', () => {
      const short = encodePaiBuildId({ region: 'cn-hangzhou', buildId: 'build-8a7b6c5d4e3f2g1h', jobId: 'dlc-20260101120000-abcdefghijk' });
      const withUri = encodePaiBuildId({
        region: 'cn-hangzhou',
        buildId: 'build-8a7b6c5d4e3f2g1h',
        jobId: 'dlc-20260101120000-abcdefghijk',
        targetImage: `ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/${'very-long-namespace/'.repeat(6)}image:v1`,
      });
      expect(withUri).toBe(short);
      expect(short).toBe('cn-hangzhou/build-8a7b6c5d4e3f2g1h/dlc-20260101120000-abcdefghijk');
      expect(encodeId('ImageBuild', 'PAI', short).length).toBeLessThan(120);
    });
  });

  describe('decodePaiBuildId', () => {
    it('decodes the short form and the earlier form with the URI', () => {
      expect(decodePaiBuildId('cn-hangzhou/build-1/dlc-1')).toEqual({ region: 'cn-hangzhou', buildId: 'build-1', jobId: 'dlc-1', targetImage: null });
      expect(decodePaiBuildId(`cn-hangzhou/build-1/dlc-1/${encodeURIComponent('r.example.com/a/b:v1')}`)).toEqual({
        region: 'cn-hangzhou',
        buildId: 'build-1',
        jobId: 'dlc-1',
        targetImage: 'r.example.com/a/b:v1',
      });
    });

    it('refuses anything else with a ValidationError naming the field', () => {
      for (const bad of ['cn-hangzhou/build-1', 'a/b/c/d/e', 'cn-hangzhou/build-1/dlc-1/', 'CN_HZ/build-1/dlc-1', 'cn-hangzhou/%E0%A4%A/dlc-1']) {
        expect(() => decodePaiBuildId(bad, 'input.id'), bad).toThrow(ValidationError);
      }
    });
  });
});
