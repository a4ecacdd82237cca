import { createServer } from 'node:http';
import { createServices } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { createGateway } from './gateway.js';
import { attachGraphqlWs } from './graphql-ws.js';
import { createLogger } from './observe/logger.js';

/**
 * Entry point: config → services → gateway → listen, and a graceful shutdown: on SIGTERM `/readyz`
 * turns 503 at once while requests are still served for SHUTDOWN_DRAIN_DELAY_MS (so load balancers
 * stop sending), then it stops accepting, completes subscriptions, drains in-flight requests and
 * closes upstream pools.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      createLogger({ level: 'info' }).fatal({ variable: err.variable }, `configuration error: ${err.message}`);
      // pino writes asynchronously: let the line out before exiting.
      setTimeout(() => process.exit(2), 100);
      return;
    }
    throw err;
  }
  const log = createLogger({ level: config.logLevel, format: config.logFormat });
  const services = await createServices(config, {
    logger: log,
    onProviderReady: (entry, note) => log.info({ provider: entry.provider, mode: entry.mode }, `provider ${entry.provider.padEnd(6)} ${entry.mode.padEnd(8)} ${note}`),
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
  log.info({ host: config.host, port }, `listening on http://${config.host}:${port}/graphql${config.graphiql ? ' (GraphiQL in a browser)' : ''}`);

  // METRICS_PORT: /metrics on its own listener (same host), not on the public one.
  let metricsServer: ReturnType<typeof createServer> | undefined;
  if (config.metricsPort !== undefined) {
    metricsServer = createServer((req, res) => {
      if (req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      services.metrics.render().then(
        (text) => res.writeHead(200, { 'content-type': services.metrics.contentType() }).end(text),
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve) => metricsServer!.listen(config.metricsPort, config.host, resolve));
    const m = metricsServer.address();
    log.info({ port: typeof m === 'object' && m ? m.port : config.metricsPort }, `metrics on http://${config.host}:${typeof m === 'object' && m ? m.port : config.metricsPort}/metrics`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Not ready from now on; keep serving while load balancers notice (SIGINT: a person at a terminal, no delay).
    services.health.draining = true;
    const delay = signal === 'SIGTERM' ? config.shutdownDrainDelayMs : 0;
    log.info({ signal, drainDelayMs: delay }, `${signal}: /readyz answers 503; draining in ${delay} ms`);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const force = setTimeout(() => {
      server.closeAllConnections();
      process.exit(1);
    }, 15_000);
    force.unref();
    server.close();
    metricsServer?.close();
    services.shutdown.abort(); // completes SSE and graphql-ws subscriptions (useShutdown)
    await disposeWs(); // completes every graphql-ws subscription with a close frame
    await yoga.dispose(); // ends SSE subscriptions
    // Drain: wait for in-flight requests to finish, then drop the idle keep-alive connections.
    await new Promise<void>((resolve) => {
      const check = () => (inFlight === 0 ? resolve() : setTimeout(check, 50));
      check();
    });
    server.closeAllConnections();
    metricsServer?.closeAllConnections();
    await services.close();
    log.info('stopped');
    log.flush();
    setTimeout(() => process.exit(0), 50);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

// A start-up failure (Redis unreachable, a port in use) is one clear line and exit code 1, not a stack trace.
main().catch((err: unknown) => {
  console.error(`imagegraph: cannot start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
