import { createServer, type Server } from 'node:http';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { AddressInfo } from 'node:net';
import { createServices } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import type { Logger } from '../../src/logger.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import type { Services } from '../../src/services.js';

export interface TestGateway {
  yoga: Gateway;
  services: Services;
  /** `http://127.0.0.1:PORT/graphql` of a real listener (SSE, multipart, audits). */
  url: string;
  server: Server;
  /** Runs an operation through `yoga.fetch` (no port) and returns the parsed body. */
  execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] }>;
  /** Typed documents from codegen (test/generated): `(await gw.run(Doc, vars)).expectNoErrors()`. */
  run<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V): Promise<TypedResult<R>>;
  close(): Promise<void>;
}

export interface TypedResult<R> {
  data?: R | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  /** The data, after asserting there were no GraphQL errors. */
  expectNoErrors(): R;
}

/** A gateway built from an environment (as `npm start` would read it), listening on a free loopback port. */
export async function startTestGateway(env: Record<string, string>, options: { logger?: Logger } = {}): Promise<TestGateway> {
  // Quiet by default; providers probed when asked (no background probes racing the tests' call counts).
  const config = loadConfig({ GATEWAY_SANDBOX: 'off', PORT: '0', LOG_LEVEL: 'silent', PROVIDER_PROBE_INTERVAL_MS: '0', ...env }, () => false);
  const services = await createServices(config, options);
  const yoga = createGateway(services);
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const gateway: TestGateway = {
    yoga,
    services,
    url,
    server,
    async execute(query, variables) {
      const res = await yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
    async run(document, variables) {
      const body = await gateway.execute(print(document), variables as Record<string, unknown>);
      return {
        ...body,
        expectNoErrors() {
          if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
          return body.data as never;
        },
      } as TypedResult<never>;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close();
    },
  };
  return gateway;
}
