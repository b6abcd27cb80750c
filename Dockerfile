# One image definition for every app: docker build --build-arg APP=personnel .
# Build stage: the workspace, then the app bundled into dist/apps/$APP (scripts/build-app.ts).
# The same Node.js as everywhere else (.nvmrc; a test keeps them equal).
FROM node:24.21.0-bookworm-slim AS build
ARG APP
WORKDIR /workspace
COPY package.json package-lock.json ./
# npm ci applies patches/ (patch-package, on postinstall).
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY libs ./libs
COPY apps ./apps
COPY scripts ./scripts
RUN test -n "$APP" && npx tsx scripts/build-app.ts "$APP"

# Runtime stage: the bundle, its .proto files and its production dependencies only.
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
