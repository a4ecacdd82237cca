/**
 * The `images` date window, one predicate for every provider: `createdAfter` is inclusive and
 * `createdBefore` exclusive (a half-open interval, so adjacent windows neither overlap nor leave a gap).
 * None of the three image APIs filters by date upstream, so each source applies this to what it lists.
 */
export interface CreatedWindow {
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

/** Whether an image created at `createdAt` is inside the window; an undated image only when no bound is set. */
export function inCreatedWindow(createdAt: Date | null | undefined, window: CreatedWindow): boolean {
  if (!window.createdAfter && !window.createdBefore) return true;
  if (!createdAt) return false;
  const t = createdAt.getTime();
  return (!window.createdAfter || t >= window.createdAfter.getTime()) && (!window.createdBefore || t < window.createdBefore.getTime());
}

/** Whether an image is older than the window: in a newest-first list, everything after it is too. */
export function olderThanWindow(createdAt: Date | null | undefined, window: CreatedWindow): boolean {
  return !!window.createdAfter && !!createdAt && createdAt.getTime() < window.createdAfter.getTime();
}
