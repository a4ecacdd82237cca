import {
  ERROR_CODES,
  ConflictError,
  ForbiddenError,
  GatewayError,
  NotFoundError,
  RateLimitedError,
  UnsupportedOperationError,
  UpstreamError,
  ValidationError,
  type FieldError,
} from '../../core/errors.js';
import { builder } from '../builder.js';
import { ProviderEnum } from './provider.js';

/** The `extensions.code` vocabulary of `src/errors.ts`, as an enum (one list, described once). */
export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description: 'Every code the gateway answers with, in `extensions.code` of a GraphQL error and in `code` of an `Error` type. The same list is written in the README.',
  values: Object.fromEntries(Object.entries(ERROR_CODES).map(([code, description]) => [code, { description }])) as { [K in keyof typeof ERROR_CODES]: { description: string } },
});

/**
 * `interface Error`: every expected failure is one of these types. A field present on several error
 * types has the same type on each (`provider: Provider`, `upstreamCode: String`, `status: Int`), so a
 * client can select it on any two of them without aliases (a test builds that selection over all).
 */
export const ErrorInterface = builder.interfaceRef<GatewayError>('Error').implement({
  description: 'An expected failure. Mutations return these in their result union; fields that fail raise them as GraphQL errors with the same `extensions.code`.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in English, for a developer (not localised; do not parse it).' }),
    code: t.field({ type: ErrorCodeEnum, description: 'A stable machine-readable code, e.g. VALIDATION_FAILED; branch on this, not on the message.', resolve: (e) => e.code }),
    provider: t.field({ type: ProviderEnum, nullable: true, description: 'The provider the failure concerns; null when it is not about one provider (e.g. an id the gateway could not decode).', resolve: (e) => e.provider ?? null }),
  }),
});

const UPSTREAM_CODE = "The provider's own error code (`404.image`, `SWR.0002`, `InvalidParameter`…), for support and logs; null when the provider gave none.";

const FieldErrorRef = builder.objectRef<FieldError>('FieldError').implement({
  description: 'One input field that breaks a rule: `path` is dotted from the argument, e.g. `input.name`.',
  fields: (t) => ({
    path: t.exposeString('path'),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input breaks a documented rule; nothing was sent upstream (or the provider rejected named fields).',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ValidationError,
  fields: (t) => ({
    fieldErrors: t.field({ type: [FieldErrorRef], resolve: (e) => e.fieldErrors }),
  }),
});


builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof NotFoundError,
  fields: (t) => ({ upstreamCode: t.string({ nullable: true, description: UPSTREAM_CODE, resolve: (e) => e.upstreamCode ?? null }) }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ConflictError,
  fields: (t) => ({ upstreamCode: t.string({ nullable: true, description: UPSTREAM_CODE, resolve: (e) => e.upstreamCode ?? null }) }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'The provider refused our credentials or their scope (401/403).',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ForbiddenError,
  fields: (t) => ({
    upstreamCode: t.string({ nullable: true, description: UPSTREAM_CODE, resolve: (e) => e.upstreamCode ?? null }),
    status: t.int({ nullable: true, resolve: (e) => e.status ?? null }),
  }),
});

builder.objectType(UpstreamError, {
  name: 'UpstreamError',
  description: 'The provider failed (5xx, unreachable, or an answer we cannot use).',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof UpstreamError,
  fields: (t) => ({
    status: t.int({ nullable: true, description: 'HTTP status; null when the provider could not be reached.', resolve: (e) => e.status }),
    upstreamCode: t.string({ nullable: true, description: UPSTREAM_CODE, resolve: (e) => e.upstreamCode }),
  }),
});

builder.objectType(UnsupportedOperationError, {
  name: 'UnsupportedOperationError',
  description: 'The provider of this object does not offer this operation, or is not configured.',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof UnsupportedOperationError,
  fields: () => ({}),
});

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof RateLimitedError,
  fields: (t) => ({
    retryAfterSeconds: t.int({ nullable: true, resolve: (e) => e.retryAfterSeconds }),
  }),
});

/** The error types every mutation may return. */
export const MUTATION_ERRORS = [
  ValidationError,
  NotFoundError,
  ConflictError,
  ForbiddenError,
  UpstreamError,
  UnsupportedOperationError,
  RateLimitedError,
];
