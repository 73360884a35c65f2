FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The web client is an npm workspace: its package.json is part of the install.
COPY web/package.json web/
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NODE_PATH=dist
COPY --from=build /app/package.json /app/package-lock.json ./
# The server's runtime dependencies only: the client is already built into web/dist.
RUN npm install --omit=dev --workspaces=false --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
EXPOSE 3000
USER node
CMD ["node", "--max-semi-space-size=32", "--max-old-space-size=256", "dist/src/main.js"]
