import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { SPECIFIC } from './descriptions-specific.js';

/**
 * Descriptions for a frontend developer, for everything the type files leave undescribed. A type
 * file's own description always wins; then a coordinate in `descriptions-specific.ts`; then the rules
 * below for shapes that recur across the graph (connections, edges, paging arguments, mutation results,
 * timestamps, ids). A test fails on any type, field, argument, input field or enum value left without one.
 */

const words = (typeName: string) => typeName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const mutationOf = (typeName: string, suffix: string) => typeName.slice(0, -suffix.length).replace(/^./, (c) => c.toLowerCase());

function typeRule(type: GraphQLNamedType): string | undefined {
  const name = type.name;
  if (name.endsWith('Connection') && isObjectType(type)) {
    return `A page of ${words(name.slice(0, -'Connection'.length))} items (Relay connection): \`edges\` in the list's order and \`pageInfo\` to ask for the next page. Lists page forward only.`;
  }
  if (name.endsWith('Edge') && isObjectType(type)) return `One item of a ${words(name.slice(0, -'Edge'.length))} page, with the cursor of its position.`;
  if (name.endsWith('Result') && isUnionType(type)) {
    return `What \`${mutationOf(name, 'Result')}\` returns: \`${name.replace(/Result$/, 'Success')}\` or one of the \`Error\` types (select \`... on Error { code message }\`); the operation itself does not fail for these expected errors.`;
  }
  if (name.endsWith('Success') && isObjectType(type)) return `\`${mutationOf(name, 'Success')}\` succeeded.`;
  if (name.endsWith('Input') && isInputObjectType(type) && type.name !== 'KeyValueInput') return `The input of \`${mutationOf(name, 'Input')}\`.`;
  if (name.endsWith('Filter') && isInputObjectType(type)) return `Narrows a list: every condition given must hold (AND); a condition left out (or null) does not filter.`;
  return undefined;
}

function fieldRule(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown> | GraphQLInputField): string | undefined {
  const p = parent.name;
  const named = getNamedType(field.type).name;
  // "null when …" only where null can happen.
  const orNull = (when: string) => (isNonNullType(field.type) ? '.' : `; null when ${when}.`);
  switch (field.name) {
    case 'edges':
      if (p.endsWith('Connection')) return 'The items of this page, in the order of the list; empty when there are none.';
      break;
    case 'pageInfo':
      if (p.endsWith('Connection')) return 'Whether there is a next page, and the cursor to ask for it (`endCursor` as `after`).';
      break;
    case 'node':
      if (p.endsWith('Edge')) return 'The item.';
      break;
    case 'cursor':
      if (p.endsWith('Edge')) return "Opaque position of this item in the list; pass it as `after` to continue after it. Valid only for the same list and filter.";
      break;
    case 'id':
      if (named === 'ID' && (isObjectType(parent) || isInterfaceType(parent))) return 'Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object.';
      break;
    case 'provider':
      if (named === 'Provider' && !p.endsWith('Input') && !p.endsWith('Filter')) return 'The provider that holds this object and answers for it.';
      break;
    case 'createdAt':
      return `When it was created, ISO 8601 in UTC${orNull('the provider does not say')}`;
    case 'updatedAt':
      return `When it last changed, ISO 8601 in UTC${orNull('the provider does not say')}`;
    case 'sizeBytes':
      return `Size in bytes (for images: the compressed or stored size the provider reports)${orNull('the provider does not report one')}`;
    case 'digest':
      return `Content digest, \`sha256:<64 hex>\`${orNull('the provider does not expose one')}`;
    case 'labels':
      return 'Key/value labels on the object, as the provider stores them; empty when there are none.';
  }
  if (p.endsWith('Success') && isObjectType(parent)) return `The ${words(named)} as it is after \`${mutationOf(p, 'Success')}\`.`;
  return undefined;
}

function argRule(field: GraphQLField<unknown, unknown>, arg: GraphQLArgument): string | undefined {
  switch (arg.name) {
    case 'first':
      if (getNamedType(field.type).name.endsWith('Connection')) return 'How many items to return, from 0 to 100 (default 20). More is a `VALIDATION_FAILED` error naming `first`, not a silent clamp.';
      break;
    case 'after':
      if (getNamedType(field.type).name.endsWith('Connection')) return "Return the items after this cursor (`pageInfo.endCursor` of the previous page); omit for the first page.";
      break;
    case 'filter':
      return 'Conditions the items must all meet; omit to list everything.';
    case 'input':
      return `What \`${field.name}\` should do; see \`${getNamedType(arg.type).name}\`.`;
  }
  return undefined;
}

/** Fills every missing description from the specific map or the rules; fills nothing already described. */
export function describeSchema(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    type.description ||= SPECIFIC[type.name] ?? typeRule(type) ?? null;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        field.description ||= SPECIFIC[`${type.name}.${field.name}`] ?? fieldRule(type, field) ?? null;
        for (const arg of field.args) arg.description ||= SPECIFIC[`${type.name}.${field.name}(${arg.name}:)`] ?? argRule(field, arg) ?? null;
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) field.description ||= SPECIFIC[`${type.name}.${field.name}`] ?? fieldRule(type, field) ?? null;
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) value.description ||= SPECIFIC[`${type.name}.${value.name}`] ?? null;
    }
  }
}
