import { getNamedType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { describeSchema } from './descriptions.js';

/**
 * Two finishing steps on the built schema, in place, once at start-up (before Yoga or any validation
 * sees it):
 * - Connections page forward only (every upstream list does: cursors are the providers' own page
 *   tokens or offsets), so `last`/`before`, which Pothos' relay plugin adds to every connection, are
 *   removed rather than advertised and refused.
 * - Descriptions the type files leave out for recurring shapes (paging arguments, connection and
 *   edge types, timestamps…) are filled in once from `descriptions.ts`.
 */
export function finalizeSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!getNamedType(field.type).name.endsWith('Connection')) continue;
      field.args = field.args.filter((arg) => arg.name !== 'last' && arg.name !== 'before');
    }
  }
  describeSchema(schema);
  return schema;
}

/** Every schema coordinate (type, field, argument, input field, enum value) that has no description. */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
    } else if ('getValues' in type) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}
