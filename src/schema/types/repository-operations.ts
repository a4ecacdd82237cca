/**
 * SWR operations around repositories that users need beside create/update/delete (issue 14):
 * `Repository.tag(name)`, `Repository.permissions`, the `namespace(name)` query, and the mutations
 * `deleteRepositoryTag` and `deleteNamespace`. With `deleteRepositoryTag` a repository that holds images
 * can be emptied and then deleted through the graph (SWR refuses to delete a non-empty one with 406).
 *
 * Upstream calls: `tag(name)` one `ShowRepoTag` per distinct (repository, tag) per request;
 * `permissions` one `ShowUserRepositoryAuth` per repository per request; `namespace(name)` one
 * `ShowNamespace`; each mutation one call. Every name is checked against SWR's grammar before any call.
 */
import type { GatewayContext } from '../../context.js';
import { ValidationError } from '../../core/errors.js';
import { namespaceNameError } from '../../providers/huawei-swr/validate.js';
import type {
  NamespaceRecord,
  RepositoryKey,
  RepositoryPermissionsRecord,
  RepositoryRecord,
  RepositoryUserPermission,
  SwrPort,
  TagRecord,
} from '../../providers/huawei-swr/port.js';
import { builder } from '../builder.js';
import { encodeId, expectId } from '../global-id.js';
import { requestLoader } from '../loaders.js';
import { MUTATION_ERRORS } from './errors.js';
import { Namespace, NamespaceAccessEnum } from './namespace.js';
import { Repository, repositoryKeyFromLocalId, repositoryRawId } from './repository.js';
import { RepositoryTag } from './repository-tag.js';
import { requirePort } from '../capabilities.js';

function swr(ctx: GatewayContext): SwrPort {
  return requirePort(ctx, 'SWR');
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

// ---------------------------------------------------------------------------------------------
// Repository.tag(name)

/** One `ShowRepoTag` per distinct (repository, tag) in a request; SWR has no batch form. */
function loadTag(ctx: GatewayContext, key: RepositoryKey, tag: string): Promise<TagRecord | null> {
  const loader = requestLoader<string, TagRecord | null>(ctx, 'swr:tag-by-name', (ids) =>
    Promise.all(
      ids.map(async (id) => {
        const [namespace, name, tagName] = id.split('\u0000') as [string, string, string];
        try {
          return await swr(ctx).getTag({ namespace, name }, tagName, 'name');
        } catch (err) {
          return asError(err);
        }
      }),
    ),
  );
  return loader.load([key.namespace, key.name, tag].join('\u0000'));
}

builder.objectField(Repository, 'tag', (t) =>
  t.field({
    type: RepositoryTag,
    nullable: true,
    description: 'One tag of this repository by name (one upstream call), or null when the repository has no such tag.',
    args: { name: t.arg.string({ required: true, description: 'The tag name, e.g. `latest` or `v1.2.0`.' }) },
    resolve: (repo, args, ctx) => loadTag(ctx, repo, args.name),
  }),
);

// ---------------------------------------------------------------------------------------------
// Repository.permissions

const RepositoryUserPermissionRef = builder.objectRef<RepositoryUserPermission>('RepositoryUserPermission').implement({
  description: 'One IAM user’s permission on an SWR repository.',
  fields: (t) => ({
    userId: t.exposeString('userId', { description: 'The IAM user id.' }),
    userName: t.exposeString('userName', { description: 'The IAM user name.' }),
    access: t.field({
      type: NamespaceAccessEnum,
      nullable: true,
      description: 'MANAGE, EDIT or READ (SWR `auth` 7 / 3 / 1); null for a value this gateway does not know.',
      resolve: (p) => p.access,
    }),
  }),
});

const RepositoryPermissionsRef = builder.objectRef<RepositoryPermissionsRecord>('RepositoryPermissions').implement({
  description: 'Who may do what with an SWR repository (SWR `ShowUserRepositoryAuth`).',
  fields: (t) => ({
    self: t.field({ type: RepositoryUserPermissionRef, nullable: true, description: 'The caller’s own permission.', resolve: (p) => p.self }),
    others: t.field({ type: [RepositoryUserPermissionRef], description: 'Permissions granted to other users on this repository.', resolve: (p) => p.others }),
  }),
});

builder.objectField(Repository, 'permissions', (t) =>
  t.field({
    type: RepositoryPermissionsRef,
    description: 'The caller’s and other users’ permissions on this repository (one upstream call per repository). Read-only here.',
    resolve: (repo: RepositoryRecord, _args, ctx) =>
      requestLoader<string, RepositoryPermissionsRecord>(ctx, 'swr:repository-permissions', (ids) =>
        Promise.all(
          ids.map(async (id) => {
            const [namespace, name] = id.split('\u0000') as [string, string];
            try {
              return await swr(ctx).getRepositoryPermissions({ namespace, name });
            } catch (err) {
              return asError(err);
            }
          }),
        ),
      ).load(`${repo.namespace}\u0000${repo.name}`),
  }),
);

// ---------------------------------------------------------------------------------------------
// namespace(name)

builder.queryField('namespace', (t) =>
  t.field({
    type: Namespace,
    nullable: true,
    description: 'One SWR organisation by name (one upstream call), or null when it does not exist or the credentials cannot see it.',
    args: { name: t.arg.string({ required: true, description: 'The organisation name, e.g. `acme`.' }) },
    // Deduplicated per request: aliases asking the same organisation cost one ShowNamespace.
    resolve: (_root, args, ctx) =>
      requestLoader<string, NamespaceRecord | null>(ctx, 'swr:namespace-by-name', (names) =>
        Promise.all(names.map((name) => swr(ctx).getNamespace(name, 'name').catch(asError))),
      ).load(args.name),
  }),
);

// ---------------------------------------------------------------------------------------------
// deleteRepositoryTag

const DeleteRepositoryTagSuccess = builder.objectRef<{ deletedTag: string; repositoryRawId: string }>('DeleteRepositoryTagSuccess').implement({
  description: 'The tag is gone from the repository.',
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'deletedTag' in v && !(v instanceof Error),
  fields: (t) => ({
    deletedTag: t.exposeString('deletedTag', { description: 'The name of the deleted tag.' }),
    repository: t.field({
      type: Repository,
      nullable: true,
      description: 'The repository as it is now (read when asked: one upstream call), e.g. to see `tagCount` reach 0.',
      resolve: (r, _args, ctx) => Repository.getDataloader(ctx).load(r.repositoryRawId),
    }),
  }),
});

builder.mutationField('deleteRepositoryTag', (t) =>
  t.field({
    type: DeleteRepositoryTagSuccess,
    description:
      'Deletes one tag (image version) from an SWR repository. A repository can be deleted only once it holds no tags. A missing tag is a NotFoundError.',
    args: {
      input: t.arg({
        description: 'The repository and the tag to delete.',
        type: builder.inputType('DeleteRepositoryTagInput', {
          description: 'Which tag of which repository to delete.',
          fields: (f) => ({
            repositoryId: f.id({ required: true, description: 'The id of the Repository holding the tag.' }),
            tag: f.string({ required: true, description: 'The tag name: letters, digits, `_`, `.`, `-`; 1–128 characters; not starting with `.` or `-`.' }),
          }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'DeleteRepositoryTagResult', description: 'What deleteRepositoryTag answers: its success type, or one of the typed errors.' } },
    resolve: async (_root, { input }, ctx) => {
      const { localId } = expectId(String(input.repositoryId), 'input.repositoryId', ['Repository'], ['SWR']);
      const key = repositoryKeyFromLocalId(localId, 'input.repositoryId');
      await swr(ctx).deleteTag(key, input.tag, 'input.tag');
      return { deletedTag: input.tag, repositoryRawId: repositoryRawId(key) };
    },
  }),
);

// ---------------------------------------------------------------------------------------------
// deleteNamespace

/** The organisation name from `{name}` or `{id}` (a Namespace id), checked before any call. */
function namespaceNameFromInput(input: { name?: string | null; id?: string | number | null }): string {
  if (input.id != null) {
    const { localId } = expectId(String(input.id), 'input.id', ['Namespace'], ['SWR']);
    const problem = namespaceNameError(localId, 'input.id');
    if (problem) throw new ValidationError([{ path: 'input.id', message: `not an SWR organisation id: ${problem.message}` }], undefined, 'SWR');
    return localId;
  }
  return input.name ?? '';
}

const DeleteNamespaceSuccess = builder.objectRef<{ deletedNamespaceId: string }>('DeleteNamespaceSuccess').implement({
  description: 'The organisation is gone.',
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'deletedNamespaceId' in v && !(v instanceof Error),
  fields: (t) => ({ deletedId: t.exposeID('deletedNamespaceId', { description: 'The global id of the deleted organisation (Namespace).' }) }),
});

builder.mutationField('deleteNamespace', (t) =>
  t.field({
    type: DeleteNamespaceSuccess,
    description:
      'Deletes an empty SWR organisation. While it still holds repositories the answer is a ConflictError (delete their tags with deleteRepositoryTag, then the repositories with deleteRepository).',
    args: {
      input: t.arg({
        description: 'The organisation to delete, by name or by id.',
        type: builder.inputType('DeleteNamespaceInput', {
          isOneOf: true,
          description: 'Exactly one of name or id.',
          fields: (f) => ({
            name: f.string({ required: false, description: 'The organisation name, e.g. `acme`.' }),
            id: f.id({ required: false, description: 'A Namespace id.' }),
          }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'DeleteNamespaceResult', description: 'What deleteNamespace answers: its success type, or one of the typed errors.' } },
    resolve: async (_root, { input }, ctx) => {
      const name = namespaceNameFromInput(input);
      await swr(ctx).deleteNamespace(name, input.id != null ? 'input.id' : 'input.name');
      return { deletedNamespaceId: encodeId('Namespace', 'SWR', name) };
    },
  }),
);

