/** GraphQL over HTTP with an undici keep-alive Pool; a response with `errors` counts as a failure. */
import { Pool } from 'undici';

export class GraphqlClient {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(url: string, connections: number) {
    const u = new URL(url);
    this.pool = new Pool(u.origin, { connections });
    this.path = u.pathname;
  }

  async run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.pool.request({
      method: 'POST',
      path: this.path,
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.body.text();
    const body = JSON.parse(text) as { data?: T; errors?: { message: string }[] };
    if (res.statusCode !== 200 || body.errors?.length || !body.data) throw new Error(`gateway answered ${res.statusCode}: ${text.slice(0, 300)}`);
    return body.data;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
