import { createServer } from 'node:http';
import { createServices } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { createGateway } from './gateway.js';
import { attachGraphqlWs } from './graphql-ws.js';

/**
 * Entry point: config → services → gateway → listen, and a graceful shutdown that stops accepting,
 * completes subscriptions, drains in-flight requests and closes upstream pools.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`imagegraph: configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const services = await createServices(config, {
    onProviderReady: (entry, note) => console.log(`imagegraph: ${entry.provider.padEnd(6)} ${entry.mode.padEnd(8)} ${note}`),
  });
  const yoga = createGateway(services);
  const server = createServer(yoga);
  // In-flight requests (SSE streams included), so shutdown waits for them and not for idle keep-alives.
  let inFlight = 0;
  server.on('request', (_req, res) => {
    inFlight += 1;
    res.once('close', () => (inFlight -= 1));
  });

  const disposeWs = attachGraphqlWs(yoga, server);

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`imagegraph: listening on http://${config.host}:${port}/graphql${config.graphiql ? ' (GraphiQL in a browser)' : ''}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`imagegraph: ${signal}: draining`);
    const force = setTimeout(() => {
      server.closeAllConnections();
      process.exit(1);
    }, 15_000);
    force.unref();
    server.close();
    services.shutdown.abort(); // completes SSE and graphql-ws subscriptions (useShutdown)
    await disposeWs(); // completes every graphql-ws subscription with a close frame
    await yoga.dispose(); // ends SSE subscriptions
    // Drain: wait for in-flight requests to finish, then drop the idle keep-alive connections.
    await new Promise<void>((resolve) => {
      const check = () => (inFlight === 0 ? resolve() : setTimeout(check, 50));
      check();
    });
    server.closeAllConnections();
    await services.close();
    console.log('imagegraph: stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

// A start-up failure (Redis unreachable, a port in use) is one clear line and exit code 1, not a stack trace.
main().catch((err: unknown) => {
  console.error(`imagegraph: cannot start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
