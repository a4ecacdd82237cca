/**
 * The baseline: what a client calling the upstream itself would do for the same data, with undici
 * keep-alive pools sized like the gateway's (16 connections per origin), the same authentication
 * (SWR requests signed with the project's SDK-HMAC-SHA256 signer, TAC with a CSP access token
 * obtained once), and every body parsed as JSON. No GraphQL, no merging, no mapping to records.
 */
import { Pool } from 'undici';
import { CLIENT_MAX_API_VERSION } from '../../src/providers/docker-engine/client.js';
import { createSwrSigner } from '../../src/providers/huawei-swr/sign.js';
import { CSP_AUTHORIZE_PATH } from '../../src/providers/tanzu-catalog/auth.js';

const CONNECTIONS = 16;

async function getJson<T>(pool: Pool, path: string, headers: Record<string, string> = {}): Promise<T> {
  const res = await pool.request({ method: 'GET', path, headers: { accept: 'application/json', ...headers } });
  const text = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`GET ${path} answered ${res.statusCode}: ${text.slice(0, 200)}`);
  return JSON.parse(text) as T;
}

interface DockerSummary {
  Id: string;
  Created: number;
}

export class DirectDocker {
  private readonly pool: Pool;
  private prefix = '';

  constructor(origin: string) {
    this.pool = new Pool(origin, { connections: CONNECTIONS });
  }

  async init(): Promise<void> {
    const { ApiVersion } = await getJson<{ ApiVersion: string }>(this.pool, '/version');
    // The version the gateway's client settles on (the lower of the daemon's and its own maximum).
    this.prefix = `/v${Number(ApiVersion) < Number(CLIENT_MAX_API_VERSION) ? ApiVersion : CLIENT_MAX_API_VERSION}`;
  }

  /** `GET /images/json`, newest first, then one inspect per image of the page, all in flight at once. Returns the calls made. */
  async imagesPage(first: number): Promise<number> {
    const list = await getJson<DockerSummary[]>(this.pool, `${this.prefix}/images/json`);
    const page = list.sort((a, b) => b.Created - a.Created).slice(0, first);
    await Promise.all(page.map((s) => getJson(this.pool, `${this.prefix}/images/${encodeURIComponent(s.Id)}/json`)));
    return 1 + page.length;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export class DirectTac {
  private readonly pool: Pool;
  private token = '';

  constructor(origin: string) {
    this.pool = new Pool(origin, { connections: CONNECTIONS });
  }

  /** The CSP exchange, once (the gateway caches its token the same way). */
  async init(apiToken: string): Promise<void> {
    const res = await this.pool.request({
      method: 'POST',
      path: CSP_AUTHORIZE_PATH,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'refresh_token', api_token: apiToken }).toString(),
    });
    const body = (await res.body.json()) as { access_token?: string };
    if (!body.access_token) throw new Error(`CSP exchange answered ${res.statusCode}`);
    this.token = body.access_token;
  }

  get(rawUrl: string): Promise<unknown> {
    return getJson(this.pool, rawUrl, { authorization: `Bearer ${this.token}` });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export class DirectSwr {
  private readonly pool: Pool;
  private readonly sign: ReturnType<typeof createSwrSigner>;

  constructor(private readonly origin: string, credentials: { ak: string; sk: string }) {
    this.pool = new Pool(origin, { connections: CONNECTIONS });
    this.sign = createSwrSigner(credentials);
  }

  get(rawUrl: string): Promise<unknown> {
    const headers = this.sign({ method: 'GET', origin: this.origin, path: rawUrl, headers: { host: new URL(this.origin).host, 'content-type': 'application/json' }, body: undefined });
    return getJson(this.pool, rawUrl, headers);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
