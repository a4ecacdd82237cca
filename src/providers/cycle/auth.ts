/**
 * How Cycle is told who we are: an API key as a bearer token, and the hub it acts in (`X-Hub-ID`), on
 * every request. The key is registered with the transport as a secret, so it is redacted from anything
 * an upstream echoes back.
 */
export function cycleAuthHeaders(apiKey: string, hubId: string): Record<string, string> {
  return { authorization: `Bearer ${apiKey}`, 'x-hub-id': hubId };
}
