import { readFileSync } from 'node:fs';
import { parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../src/schema/index.js';

/** The names of the DESIGN.md §3 contract that frontends and outside checks rely on. */
const CONTRACT = [
  'enum Provider', 'interface Node', 'interface Error', 'type ValidationError', 'type NotFoundError', 'type ConflictError',
  'type ForbiddenError', 'type UpstreamError', 'type UnsupportedOperationError', 'type RateLimitedError',
  'interface Image implements Node', 'type DockerImage implements Image & Node', 'type CycleImage implements Image & Node', 'type PaiImage implements Image & Node',
  'type BaseImage implements Node', 'type Repository implements Node', 'type ImageBuild implements Node', 'type Job implements Node',
  'enum JobState', 'enum BuildStatus',
  'node(id: ID!): Node', 'nodes(ids: [ID!]!): [Node]!', 'providers: [ProviderStatus!]!',
  'images(after: String, filter: ImageFilter, first: Int): ImageConnection!',
  'baseImages(', 'repositories(', 'imageBuilds(', 'jobs(',
  'pullImage(input: PullImageInput!): PullImageResult!', 'importImage(input: ImportImageInput!): ImportImageResult!',
  'tagImage(input: TagImageInput!): TagImageResult!', 'deleteImage(input: DeleteImageInput!): DeleteImageResult!',
  'createImageBuild(input: CreateImageBuildInput!): CreateImageBuildResult!', 'stopImageBuild(input: StopImageBuildInput!): StopImageBuildResult!',
  'pruneImages(input: PruneImagesInput!): PruneImagesResult!',
  'buildLog(buildId: ID!, fromLine: Int = 0): BuildLogChunk!', 'jobUpdated(jobId: ID!): Job!', 'imageEvents(providers: [Provider!]): ImageEvent!',
  'input PruneImagesInput @oneOf', 'input CreateImageBuildInput @oneOf',
];

describe('schema', () => {
  describe('schema/schema.graphql', () => {
    it('is the schema printed from the code (run `npm run schema:print` when this fails)', () => {
      expect(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8')).toBe(printedSchema());
    });

    // The SDL without descriptions: an argument with a description is printed on its own line.
    const signatures = () => print(visit(parse(printedSchema()), { enter: (node) => ('description' in node && node.description ? { ...node, description: undefined } : undefined) }));
    it.each(CONTRACT)('contains the contract name %s', (name) => {
      expect(signatures()).toContain(name);
    });

    it('has the DockerImage fields, mutation inputs and success fields of the contract', () => {
      const sdl = signatures();
      for (const field of ['repoTags: [String!]!', 'repoDigests: [String!]!', 'architecture: String', 'os: String', 'engine: String!']) expect(sdl).toContain(field);
      for (const input of ['image: String!', 'platform: String', 'auth: RegistryAuthInput', 'identityToken: String', 'serverAddress: String', 'file: Upload', 'changes: [String!]', 'force: Boolean']) expect(sdl).toContain(input);
      expect(sdl).toMatch(/type PullImageSuccess \{\s+job: Job!/);
      expect(sdl).toMatch(/type TagImageSuccess \{\s+image: DockerImage!/);
      expect(sdl).toMatch(/type DeleteImageSuccess \{[^}]*deletedId: ID![^}]*\}/);
      expect(sdl).toMatch(/type DeleteImageSuccess \{[^}]*job: Job[^}]*\}/);
    });
  });
});
