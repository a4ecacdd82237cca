/**
 * At most one log line per interval for a condition that repeats (a Redis connection retried every
 * 250 ms while the server is down): the first occurrence is logged at once, later ones are counted and
 * reported with the next line that is let through, so the log says how often it happened without
 * repeating it hundreds of times.
 */
export function throttled<T>(intervalMs: number, log: (value: T, suppressed: number) => void, now: () => number = Date.now): (value: T) => void {
  let last = -Infinity;
  let suppressed = 0;
  return (value) => {
    const t = now();
    if (t - last < intervalMs) {
      suppressed += 1;
      return;
    }
    last = t;
    log(value, suppressed);
    suppressed = 0;
  };
}
