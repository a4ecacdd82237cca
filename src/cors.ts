/**
 * Yoga's `cors` option from `CORS_ORIGINS` (DESIGN §8). Yoga's own default echoes any `Origin` with
 * `Access-Control-Allow-Credentials: true`, which lets every web page call the gateway with the
 * browser's credentials. Here:
 * - no origins (the default): no CORS headers at all, so browsers allow same-origin pages only
 *   (GraphiQL is served from the gateway itself);
 * - exact origins (`https://app.example.com`): a listed `Origin` is echoed with credentials and
 *   `Vary: Origin`; any other gets no `Access-Control-Allow-Origin`;
 * - `*`: any origin, never with credentials (clients send API keys explicitly).
 */
export type CorsDecision = { origin: '*'; credentials: boolean; methods: string[]; exposedHeaders: string[]; maxAge: number } | false;

/** Preflights are cached by the browser this long (seconds). */
const PREFLIGHT_MAX_AGE = 600;

export function corsOptions(origins: readonly string[]): (request: Request) => CorsDecision {
  const any = origins.includes('*');
  const listed = new Set(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || (!any && !listed.has(origin))) return false;
    return {
      // Decided above; '*' makes Yoga echo this request's Origin (never a literal `*`, which browsers
      // refuse with credentials) and add `Vary: Origin`, as the answer depends on it.
      origin: '*',
      credentials: !any,
      methods: ['GET', 'POST', 'OPTIONS'],
      exposedHeaders: ['x-request-id'],
      maxAge: PREFLIGHT_MAX_AGE,
    };
  };
}
