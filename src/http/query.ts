/**
 * RFC 3986 percent-encoding (unreserved characters `A-Z a-z 0-9 - _ . ~` kept, everything else
 * encoded, space as `%20`). Signers canonicalise with the same rule, so what is signed is what is sent.
 */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export type QueryValue = string | number | boolean | readonly (string | number | boolean)[] | undefined | null;

/** Serialises a query object; arrays become repeated keys, undefined/null are dropped. Key order is kept. */
export function toQueryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values as (string | number | boolean)[]) parts.push(`${encodeRfc3986(key)}=${encodeRfc3986(String(v))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
