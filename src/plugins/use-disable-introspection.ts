import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-js's own rule, with `extensions.code: INTROSPECTION_DISABLED` added to its error so clients can
 * tell it apart from a typo. Named: Yoga's validation cache keys its entries by rule names.
 */
const noSchemaIntrospection: ValidationRule = function NoSchemaIntrospectionRule(context: ValidationContext) {
  const coded = Object.create(context, {
    reportError: {
      value: (error: GraphQLError) => context.reportError(new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'INTROSPECTION_DISABLED' } })),
    },
  }) as ValidationContext;
  return NoSchemaIntrospectionCustomRule(coded);
};

/**
 * Refuses `__schema` and `__type` (not `__typename`) at validation, for every transport. Installed
 * when GraphiQL is off, i.e. in production unless `GATEWAY_GRAPHIQL=true`.
 */
export function useDisableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noSchemaIntrospection);
    },
  };
}
