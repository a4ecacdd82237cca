import { describe, expect } from 'vitest';
import { GwImageNamesDocument, GwImageProvidersDocument } from '../generated/graphql.js';
import { sandboxTest as it } from '../support/fixtures.js';

/** The sandbox's demo data agrees with itself: what a first visitor sees must not contradict itself. */
describe('sandbox seed data', () => {
  describe('images', () => {
    it('a versioned name and the reference of the same image name the same version', async ({ sandbox }) => {
      const res = await sandbox.execute({ document: GwImageNamesDocument });
      const images = res.data?.images.edges.map((e) => e.node) ?? [];
      expect(images.length).toBeGreaterThan(10);
      const disagreeing = images.filter((i) => {
        const version = / (\d+\.\d+\.\d+(?:-[\w.]+)?)$/.exec(i.name)?.[1];
        const tag = i.reference?.split(':').at(-1);
        return version && tag && !tag.startsWith(version);
      });
      expect(disagreeing).toEqual([]);
    });

    it('the first page of the merged list (the GraphiQL Images tab) has every provider of images', async ({ sandbox }) => {
      const res = await sandbox.execute({ document: GwImageProvidersDocument });
      expect(new Set(res.data?.images.edges.map((e) => e.node.provider))).toEqual(new Set(['DOCKER', 'CYCLE', 'PAI']));
    });
  });
});
