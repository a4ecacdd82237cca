import {
  ConflictError,
  ForbiddenError,
  GatewayError,
  NotFoundError,
  RateLimitedError,
  UnsupportedOperationError,
  UpstreamError,
  ValidationError,
  type FieldError,
} from '../../errors.js';
import { builder } from '../builder.js';
import { ProviderEnum } from './provider.js';

/** `interface Error { message }`: every expected failure is one of these types. */
export const ErrorInterface = builder.interfaceRef<GatewayError>('Error').implement({
  description: 'An expected failure. Mutations return these in their result union; fields that fail raise them as GraphQL errors with `extensions.code`.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code', { description: 'A stable machine-readable code, e.g. VALIDATION_FAILED.' }),
    provider: t.field({ type: ProviderEnum, nullable: true, resolve: (e) => e.provider ?? null }),
  }),
});

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
  fields: (t) => ({ upstreamCode: t.string({ nullable: true, resolve: (e) => e.upstreamCode ?? null }) }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ConflictError,
  fields: (t) => ({ upstreamCode: t.string({ nullable: true, resolve: (e) => e.upstreamCode ?? null }) }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'The provider refused our credentials or their scope (401/403).',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ForbiddenError,
  fields: (t) => ({
    upstreamCode: t.string({ nullable: true, resolve: (e) => e.upstreamCode ?? null }),
    status: t.int({ nullable: true, resolve: (e) => e.status ?? null }),
  }),
});

builder.objectType(UpstreamError, {
  name: 'UpstreamError',
  description: 'The provider failed (5xx, unreachable, or an answer we cannot use).',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof UpstreamError,
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (e) => e.upstreamProvider }),
    status: t.int({ nullable: true, description: 'HTTP status; null when the provider could not be reached.', resolve: (e) => e.status }),
    upstreamCode: t.exposeString('upstreamCode', { description: "The provider's own error code." }),
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
