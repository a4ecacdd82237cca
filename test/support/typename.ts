/**
 * Narrows a typed result union (a mutation's result, a `node`) to the member named by `__typename`,
 * failing with the whole value when it is another: `expectTypename(res.createImageBuild, 'ValidationError').fieldErrors`.
 * The operation must select `__typename` where it is narrowed.
 * Branch i10-kit adds the same function to support/gateway.ts: once both are merged, the suites import it
 * from there and this file goes.
 */
export function expectTypename<T extends { __typename?: string }, N extends NonNullable<T['__typename']>>(value: T | null | undefined, typename: N): Extract<T, { __typename?: N }> {
  if (value?.__typename !== typename) throw new Error(`expected a ${typename}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename?: N }>;
}
