import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { decodeId, encodeId, expectId } from '../../src/schema/global-id.js';

describe('global-id', () => {
  describe('encodeId/decodeId', () => {
    it('round-trips typename, provider and a local id containing colons and slashes', () => {
      const id = encodeId('DockerImage', 'DOCKER', 'sha256:abc/def');
      expect(decodeId(id)).toEqual({ typename: 'DockerImage', provider: 'DOCKER', localId: 'sha256:abc/def' });
    });
    it('rejects ids with an unknown provider or garbage', () => {
      expect(() => decodeId(Buffer.from('Job:AZURE:1').toString('base64url'))).toThrow(ValidationError);
      expect(() => decodeId('%%%')).toThrow(ValidationError);
    });
  });
  describe('expectId', () => {
    it('checks the type and provider before any call', () => {
      const job = encodeId('Job', 'CYCLE', 'j1');
      expect(() => expectId(job, 'input.id', ['DockerImage'])).toThrow(/expected the id of a DockerImage/);
      expect(() => expectId(job, 'input.id', ['Job'], ['DOCKER'])).toThrow(/from DOCKER/);
      expect(expectId(job, 'input.id', ['Job']).localId).toBe('j1');
    });
  });
});
