/**
 * TAC operations of issue 14: `createRegistry` (POST /v1/registries → 201 + Location, then GET) and
 * `issueRegistryCredentials` (POST /v1/registries/{id}/credentials → 201 {username, password}).
 *
 * Named `issueRegistryCredentials`, not `registryCredentials(registryId)`: every call makes TAC mint a
 * new credential pair, so it is a mutation (write scope, never retried, never cached), not a query that a
 * client, a cache or a GET request could repeat. Neither POST is retried (no idempotency token in the API).
 * Secrets: `accessSecret` goes only into the request body; the issued password only into this one answer.
 */
import type { FieldError } from '../../core/errors.js';
import { ValidationError } from '../../core/errors.js';
import { REGISTRY_PROVIDERS, type RegistryCredentialsRecord, type RegistryRecord } from '../../providers/tanzu-catalog/port.js';
import { validateRegistryInput } from '../../providers/tanzu-catalog/validate.js';
import { builder } from '../builder.js';
import { expectId } from '../global-id.js';
import { tacPort } from '../tac.js';
import { MUTATION_ERRORS } from './errors.js';
import { Registry } from './registry.js';

const RegistryProviderEnum = builder.enumType('RegistryProvider', {
  description: 'The kind of registry a TAC private registry is (TAC `provider`).',
  values: Object.fromEntries(REGISTRY_PROVIDERS.map((p) => [p, { value: p, description: `TAC provider ${p}.` }])) as Record<
    (typeof REGISTRY_PROVIDERS)[number],
    { value: (typeof REGISTRY_PROVIDERS)[number]; description: string }
  >,
});

const CreateRegistrySuccess = builder.objectRef<{ registry: RegistryRecord }>('CreateRegistrySuccess').implement({
  description: 'The registry is known to the catalog.',
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'registry' in v && !(v instanceof Error),
  fields: (t) => ({ registry: t.field({ type: Registry, description: 'The new registry, as TAC reports it.', resolve: (r) => r.registry }) }),
});

builder.mutationField('createRegistry', (t) =>
  t.field({
    type: CreateRegistrySuccess,
    description: 'Adds a private registry to the Tanzu Application Catalog (TAC answers 201 + Location; the gateway follows it and returns the registry).',
    args: {
      input: t.arg({
        description: 'The registry to add, with its credentials.',
        type: builder.inputType('CreateRegistryInput', {
          description: 'A private registry for the catalog (TAC CreatePrivateRegistryRequest).',
          fields: (f) => ({
            name: f.string({ required: true, description: 'Display name.' }),
            description: f.string({ required: true, description: 'Required by TAC; an empty string is allowed.' }),
            provider: f.field({ type: RegistryProviderEnum, required: true, description: 'What kind of registry it is.' }),
            url: f.string({ required: true, description: 'The registry URL, e.g. `https://harbor.acme.example`.' }),
            accessKey: f.string({ required: false, description: 'User name or access key id, when the registry needs one.' }),
            accessSecret: f.string({ required: true, description: 'Password or secret. Write-only: never returned, logged or put into an error.' }),
          }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'CreateRegistryResult', description: 'What createRegistry answers: its success type, or one of the typed errors.' } },
    resolve: async (_root, { input }, ctx) => {
      const fields = {
        name: input.name,
        description: input.description,
        provider: input.provider,
        url: input.url,
        accessKey: input.accessKey ?? undefined,
        accessSecret: input.accessSecret,
      };
      const errors = validateRegistryInput(fields);
      if (errors.length) throw new ValidationError(errors, undefined, 'TAC');
      return { registry: await tacPort(ctx).createRegistry(fields) };
    },
  }),
);

const RegistryCredentialsRef = builder.objectRef<RegistryCredentialsRecord>('RegistryCredentials').implement({
  description: 'A pull credential TAC issued for one of its registries. TAC shows the password this once; store it now.',
  fields: (t) => ({
    username: t.exposeString('username', { description: 'The user name to log in with (e.g. `_json_key`).' }),
    password: t.exposeString('password', { description: 'The password. Shown only in this answer; the gateway never logs or keeps it.' }),
  }),
});

const IssueRegistryCredentialsSuccess = builder.objectRef<{ credentials: RegistryCredentialsRecord; registryRawId: string }>('IssueRegistryCredentialsSuccess').implement({
  description: 'New credentials for the registry.',
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'credentials' in v && !(v instanceof Error),
  fields: (t) => ({
    credentials: t.field({ type: RegistryCredentialsRef, description: 'The issued user name and password.', resolve: (r) => r.credentials }),
    registry: t.field({ type: Registry, description: 'The registry the credentials are for (loaded when asked).', resolve: (r) => r.registryRawId }),
  }),
});

builder.mutationField('issueRegistryCredentials', (t) =>
  t.field({
    type: IssueRegistryCredentialsSuccess,
    description:
      'Issues a new credential pair for a registry the catalog manages (TAC POST /v1/registries/{id}/credentials). Each call mints a new pair; TAC refuses registries it does not manage (ValidationError).',
    args: {
      input: t.arg({
        description: 'The registry to issue credentials for, and what they are for.',
        type: builder.inputType('IssueRegistryCredentialsInput', {
          description: 'Which registry, and what the credentials are for.',
          fields: (f) => ({
            registryId: f.id({ required: true, description: 'A Registry id (see `registries`).' }),
            description: f.string({ required: true, description: 'What the credentials are for, e.g. `ci pipeline`. Required by TAC.' }),
          }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'IssueRegistryCredentialsResult', description: 'What issueRegistryCredentials answers: its success type, or one of the typed errors.' } },
    resolve: async (_root, { input }, ctx) => {
      const errors: FieldError[] = [];
      let registryId = '';
      try {
        registryId = expectId(String(input.registryId), 'input.registryId', ['Registry'], ['TAC']).localId;
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        errors.push(...err.fieldErrors);
      }
      if (!input.description.trim()) errors.push({ path: 'input.description', message: 'is required (say what the credentials are for)' });
      if (errors.length) throw new ValidationError(errors, undefined, 'TAC');
      const credentials = await tacPort(ctx).issueRegistryCredentials(registryId, input.description);
      return { credentials, registryRawId: `TAC:${registryId}` };
    },
  }),
);
