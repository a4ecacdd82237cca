import { GraphQLError, NoSchemaIntrospectionCustomRule, type ExecutionResult, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-js's own rule, with `extensions.code: INTROSPECTION_DISABLED` added to its error so clients can
 * tell it apart from a typo, and HTTP 400 whatever the `accept` header. Named: Yoga's validation cache keys
 * its entries by rule names.
 */
const noSchemaIntrospection: ValidationRule = function NoSchemaIntrospectionRule(context: ValidationContext) {
  const coded = Object.create(context, {
    reportError: {
      value: (error: GraphQLError) => context.reportError(new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 400, spec: false } } })),
    },
  }) as ValidationContext;
  return NoSchemaIntrospectionCustomRule(coded);
};

/** graphql-js's suggestions (` Did you mean "images"?`, ` Did you mean the enum value "DOCKER"?`) name schema members. */
const SUGGESTION = /\s*Did you mean [^?]*\?\s*$/;

/** The same error without graphql-js's "Did you mean …?" suggestion (everything else kept). */
export function withoutSuggestion(error: GraphQLError): GraphQLError {
  if (!SUGGESTION.test(error.message)) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

const isResult = (value: unknown): value is ExecutionResult => typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value);

/**
 * Keeps the schema private: refuses `__schema` and `__type` (not `__typename`) at validation, for every
 * transport, and drops graphql-js's "Did you mean …?" suggestions from validation and variable errors
 * (they would let a client enumerate field, type and enum names). Installed when GraphiQL is off, i.e.
 * in production unless `GATEWAY_GRAPHIQL=true`.
 */
export function useDisableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noSchemaIntrospection);
      return ({ result, setResult }) => {
        if (result.some((e) => SUGGESTION.test(e.message))) setResult(result.map((e) => (e instanceof GraphQLError ? withoutSuggestion(e) : e)));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (isResult(result) && result.errors?.some((e) => SUGGESTION.test(e.message))) setResult({ ...result, errors: result.errors.map((e) => (e instanceof GraphQLError ? withoutSuggestion(e) : e)) });
        },
      };
    },
  };
}
