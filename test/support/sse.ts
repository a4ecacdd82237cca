import { request } from 'undici';

/** A GraphQL-over-SSE subscription (Yoga's "distinct connections" mode) read event by event. */
export async function* sseSubscribe<T = unknown>(url: string, query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): AsyncGenerator<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  if (res.statusCode !== 200) throw new Error(`SSE subscribe answered ${res.statusCode}: ${await res.body.text()}`);
  for await (const event of sseEvents(res.body)) {
    if (event.event === 'complete') return;
    if (event.event === 'next' && event.data) yield JSON.parse(event.data) as { data?: T; errors?: { message: string }[] };
  }
}

/** The `event:`/`data:` frames of a text/event-stream body, as they arrive. */
export async function* sseEvents(body: AsyncIterable<Buffer | string>): AsyncGenerator<{ event: string | undefined; data: string | undefined }> {
  let buffer = '';
  for await (const chunk of body) {
    buffer += chunk.toString();
    let idx: number;
    while ((idx = buffer.indexOf('\n\n')) >= 0) {
      const raw = buffer.slice(0, idx);
      buffer = buffer.slice(idx + 2);
      yield { event: /^event: (.*)$/m.exec(raw)?.[1], data: /^data: (.*)$/m.exec(raw)?.[1] };
    }
  }
}
