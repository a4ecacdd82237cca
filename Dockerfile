# imagegraph: `docker build -t imagegraph .` then `docker run -p 4000:4000 --env-file .env imagegraph`.
# BASE_IMAGE: any Debian-based image with Node 24 at /usr/local/bin/node and npm (the official one by
# default; the container test builds on a local debootstrap base, see test/container/image.test.ts).
ARG BASE_IMAGE=node:24-bookworm-slim

# Build stage: every dependency, compile src/ to dist/, then drop the devDependencies.
FROM ${BASE_IMAGE} AS build
WORKDIR /app
# The lock file alone first, so the dependency layer is reused while only the sources change.
# --ignore-scripts: no dependency needs an install script for tsc or at run time (esbuild's is for tsx).
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

# Runtime stage: production dependencies and dist/ only, owned by root and read-only to the app user.
FROM ${BASE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
RUN groupadd --system --gid 10001 imagegraph \
 && useradd --system --uid 10001 --gid imagegraph --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin imagegraph
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER imagegraph:imagegraph
EXPOSE 4000
# Liveness only (/healthz); readiness is /readyz, for the orchestrator's own probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 4000}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself as PID 1 (no npm, no shell): it receives SIGTERM and drains (src/server.ts).
CMD ["node", "--enable-source-maps", "dist/server.js"]
