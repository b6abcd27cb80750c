# One image definition for every app: docker build --build-arg APP=personnel .
# and the console's, deployed on its own: docker build --target console .
# The workspace stage: dependencies and sources. The same Node.js as everywhere else (.nvmrc; a test keeps them equal).
FROM node:24.21.0-bookworm-slim AS workspace
WORKDIR /workspace
COPY package.json package-lock.json ./
# npm ci applies patches/ (patch-package, on postinstall).
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY libs ./libs
COPY apps ./apps
COPY scripts ./scripts

# Build stage: the app bundled into dist/apps/$APP (scripts/build-app.ts).
FROM workspace AS build
ARG APP
RUN test -n "$APP" && npx tsx scripts/build-app.ts "$APP"

# The console: its static build, served by nginx (unprivileged), which passes /v1 and /config.json
# to the gateway (GATEWAY_URL) and sends the console's security policy (OIDC_ISSUER_ORIGIN may be called).
FROM workspace AS console-build
RUN npx vite build --config apps/console/vite.config.ts
FROM nginxinc/nginx-unprivileged:1.28.0-alpine AS console
ENV GATEWAY_URL=http://gateway:8080 OIDC_ISSUER_ORIGIN=https://sso.example.invalid
COPY apps/console/nginx.conf.template /etc/nginx/templates/default.conf.template
COPY --from=console-build /workspace/apps/console/dist /usr/share/nginx/html

# Runtime stage (the default target): the bundle, its .proto files and its production dependencies only.
FROM node:24.21.0-bookworm-slim
ARG APP
ENV NODE_ENV=production
# In a container the ports must listen beyond loopback (the local default binds 127.0.0.1).
ENV HOST=0.0.0.0
WORKDIR /app
# patched/: the files patches/ changes (kafkajs: an acknowledged send lost when a partition's leader
# moved), which the package's postinstall puts over what npm installed.
COPY --from=build /workspace/dist/apps/${APP}/package.json ./
COPY --from=build /workspace/dist/apps/${APP}/patched ./patched
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /workspace/dist/apps/${APP}/ ./
USER node
# V8 options: SERVICE_NODE_FLAGS in scripts/pinned-node.ts (a test keeps them equal).
CMD ["node", "--max-semi-space-size=16", "main.js"]
