// PostGraphile 4 over the scale database's `peer` schema (schema.sql): the peer that
// `npm run bench` compares kartlegg with. It verifies the same HS256 token as the API
// and exposes the token's subject to the access views as jwt.claims.sub.
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { Pool } = require('pg');
const { postgraphile } = require('postgraphile');

const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/kartlegg_scale';
const port = Number(process.env.PORT || 3102);
const secret =
  process.env.AUTH_LOCAL_SIGNING_KEY || 'kartlegg-local-development-signing-key-not-for-production';

async function main() {
  // The same connection settings as the API (connection-options.ts): 20 connections, no JIT.
  const pool = new Pool({
    connectionString: url,
    max: 20,
    application_name: 'kartlegg-bench-peer',
    options: '-c jit=off',
  });
  if (process.argv.includes('--install-schema')) {
    await pool.query(fs.readFileSync(path.join(__dirname, 'schema.sql'), 'utf8'));
  }
  const middleware = postgraphile(pool, 'peer', {
    jwtSecret: secret,
    jwtVerifyOptions: { audience: 'kartlegg', issuer: 'kartlegg-local', algorithms: ['HS256'] },
    disableDefaultMutations: true,
    ignoreRBAC: true,
    setofFunctionsContainNulls: false,
    disableQueryLog: true,
    graphiql: false,
    enableQueryBatching: false,
    retryOnInitFail: false,
    // The same health check the API has, for the bench to wait on.
  });
  const server = http.createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status":"ok"}');
      return;
    }
    middleware(req, res);
  });
  server.listen(port, '127.0.0.1', () => {
    process.stdout.write(`PostGraphile peer at http://127.0.0.1:${port}/graphql\n`);
  });
  const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  process.stderr.write(`peer failed: ${error.stack || error}\n`);
  process.exit(1);
});
