import { ValidationError } from '../core/errors.js';
import type { Provider } from '../core/provider.js';

/** Providers that have builds (`imageBuilds`, `createImageBuild`). */
export const BUILD_PROVIDERS = ['CYCLE', 'PAI'] as const satisfies readonly Provider[];
/** Providers that have jobs (`jobs`, `jobUpdated`): Docker's are the gateway's own pulls and imports. */
export const JOB_PROVIDERS = ['DOCKER', 'CYCLE', 'PAI'] as const satisfies readonly Provider[];

/**
 * A `filter.providers` naming a provider that never has the thing listed is a client mistake: an empty
 * list would read as "none there". Answered before any upstream call, naming the argument.
 */
export function checkProviderFilter(requested: readonly Provider[] | null | undefined, capable: readonly Provider[], what: string): void {
  const wrong = (requested ?? []).filter((p) => !capable.includes(p));
  if (wrong.length === 0) return;
  throw ValidationError.field('filter.providers', `${wrong.join(', ')} ${wrong.length === 1 ? 'has' : 'have'} no ${what}; ${what} come from ${capable.join(', ')}`);
}
