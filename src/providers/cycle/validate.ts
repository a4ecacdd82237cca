/**
 * Cycle's input rules, checked before any call so a mistake is a `ValidationError` naming the port's
 * field (the schema puts it under `input.cycle`), and the mapping of the field names Cycle reports in
 * `error.source` back to the port's.
 */
import { ValidationError } from '../../core/errors.js';
import { CYCLE_DEFAULT_PAGE_SIZE, CYCLE_IMAGE_NAME_MAX, CYCLE_MAX_PAGE_SIZE, type CycleListArgs } from './port.js';

export function checkImageName(name: string, field: string): void {
  if (!name.trim() || name.length > CYCLE_IMAGE_NAME_MAX) throw ValidationError.field(field, `must be a non-empty name of at most ${CYCLE_IMAGE_NAME_MAX} characters`, 'CYCLE');
}

export function checkSourceId(sourceId: string, field: string): void {
  if (!sourceId) throw ValidationError.field(field, 'is required', 'CYCLE');
}

export function checkSourceIds(sourceIds: readonly string[], field: string): void {
  if (sourceIds.length === 0) throw ValidationError.field(field, 'name at least one image source', 'CYCLE');
}

/** Wire field names in Cycle's `error.source` → the names of this port's inputs. */
export const CREATE_BUILD_FIELDS: Record<string, string> = {
  source_id: 'sourceId',
  name: 'name',
  'build.args': 'buildArgs',
  'build.use_disk': 'useDisk',
  'override.target': 'override.target',
  'override.targz_url': 'override.targzUrl',
};

export function renameFields(err: Error, names: Record<string, string>): Error {
  if (!(err instanceof ValidationError)) return err;
  const renamed = new ValidationError(
    err.fieldErrors.map((f) => ({ path: names[f.path] ?? f.path, message: f.message })),
    err.message,
    err.provider,
  );
  return renamed;
}


export function pageArgs(args: CycleListArgs<unknown> | undefined): { pageNumber: number; pageSize: number } {
  const pageSize = Math.min(Math.max(1, Math.floor(args?.pageSize ?? CYCLE_DEFAULT_PAGE_SIZE)), CYCLE_MAX_PAGE_SIZE);
  const pageNumber = Math.max(1, Math.floor(args?.pageNumber ?? 1));
  return { pageNumber, pageSize };
}
