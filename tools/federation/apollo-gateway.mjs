#!/usr/bin/env node
// Runs Apollo's own federation gateway (@apollo/gateway on @apollo/server) in
// front of live subgraphs, as an independent oracle for integration tests and
// benchmarks: the supergraph is composed once at startup from the subgraphs'
// `_service { sdl }` (IntrospectAndCompose, no polling) and served at
//
//   node apollo-gateway.mjs --port <port> [--supergraph-out <file>] name=http://host:port/graphql ...
//
// GraphQL over HTTP (POST with a JSON body, or GET) is answered at /graphql on
// 127.0.0.1 only. `--port 0` picks a free port. Once composed and listening, it
// prints exactly one line to stdout:
//
//   apollo-gateway ready on http://127.0.0.1:<port>/graphql
//
// Everything else (warnings, errors) goes to stderr. No CSRF prevention, no
// landing page, introspection allowed, and no usage reporting or any other
// traffic to Apollo. SIGTERM or SIGINT stops it.
//
// Exit codes: 0 stopped by SIGTERM/SIGINT (or --help); 1 startup failed (a
// subgraph could not be introspected, composition failed, or the port cannot
// be bound); 2 bad usage or the --supergraph-out file cannot be written.

// Read by the ApolloGateway constructor: without it the gateway starts an
// OpenTelemetry exporter that probes cloud metadata endpoints and reports
// host metrics to Apollo.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';

const USAGE = `usage: node apollo-gateway.mjs --port <port> [--supergraph-out <file>] <name>=<url> ...
  port            TCP port on 127.0.0.1; 0 picks a free one (printed in the ready line)
  name            subgraph name (letters, digits, _ and -), unique
  url             the subgraph's GraphQL endpoint, http:// or https://
  supergraph-out  also write the composed supergraph SDL to this file
Prints "apollo-gateway ready on http://127.0.0.1:<port>/graphql" when ready.`;

const HOST = '127.0.0.1';
const PATH = '/graphql';
const MAX_BODY_BYTES = 50 * 1024 * 1024; // as @apollo/server's standalone server
const SHUTDOWN_GRACE_MS = 2000;

class UsageError extends Error {}

function parseArgs(argv) {
  let port;
  let supergraphOut;
  const subgraphs = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (name) => {
      if (i + 1 >= argv.length) throw new UsageError(`${name} needs a value`);
      return argv[++i];
    };
    if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--port' || arg === '-p') {
      port = value(arg);
    } else if (arg.startsWith('--port=')) {
      port = arg.slice('--port='.length);
    } else if (arg === '--supergraph-out') {
      supergraphOut = value(arg);
    } else if (arg.startsWith('--supergraph-out=')) {
      supergraphOut = arg.slice('--supergraph-out='.length);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      subgraphs.push(parseSubgraphArg(arg));
    }
  }
  if (port === undefined) throw new UsageError('--port is required');
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) throw new UsageError(`bad port "${port}"`);
  if (supergraphOut === '') throw new UsageError('--supergraph-out needs a file name');
  if (subgraphs.length === 0) throw new UsageError('no subgraphs given');
  const seen = new Set();
  for (const { name } of subgraphs) {
    if (seen.has(name)) throw new UsageError(`subgraph ${name} given twice`);
    seen.add(name);
  }
  return { port: Number(port), supergraphOut, subgraphs };
}

function parseSubgraphArg(arg) {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new UsageError(`expected name=url, got "${arg}"`);
  const name = arg.slice(0, eq);
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new UsageError(`bad subgraph name "${name}"`);
  const url = arg.slice(eq + 1);
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`bad URL "${url}" for subgraph ${name}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`URL for subgraph ${name} must be http:// or https://, got "${url}"`);
  }
  return { name, url };
}

// Apollo's default loggers print info to stdout; keep stdout for the ready line.
const logger = {
  debug() {},
  info() {},
  warn(message) {
    console.error(`warning: ${message}`);
  },
  error(message) {
    console.error(`error: ${message}`);
  },
};

// Plain node:http in front of executeHTTPGraphQLRequest: no CORS or
// body-parser middleware, and only one path.
function createHttpServer(server) {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (url.pathname !== PATH) {
      sendText(res, 404, `not found; GraphQL is served at ${PATH}\n`);
      return;
    }
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
      } else {
        chunks.push(chunk);
      }
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      if (tooLarge) {
        sendText(res, 413, 'request body too large\n');
        return;
      }
      handle(server, req, url, Buffer.concat(chunks).toString('utf8'), res).catch((e) => {
        console.error(`error: ${e?.stack ?? e}`);
        if (!res.headersSent) sendText(res, 500, 'internal error\n');
        else res.destroy();
      });
    });
  });
}

async function handle(server, req, url, text, res) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  // Like body-parser's json(): only JSON bodies are parsed; Apollo Server
  // answers 400 to a POST whose body is missing or not JSON.
  let body;
  if (/^application\/json\s*(;|$)/i.test(headers.get('content-type') ?? '')) {
    try {
      body = text.trim() === '' ? {} : JSON.parse(text);
    } catch (e) {
      sendText(res, 400, `request body is not valid JSON: ${e.message}\n`);
      return;
    }
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: url.search, body },
    context: async () => ({}),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function sendText(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function listen(httpServer, port) {
  return new Promise((resolvePromise, reject) => {
    httpServer.once('error', reject);
    httpServer.listen({ port, host: HOST }, () => {
      httpServer.off('error', reject);
      resolvePromise(httpServer.address().port);
    });
  });
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`error: ${e.message}\n${USAGE}`);
    return 2;
  }

  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({ subgraphs: args.subgraphs }),
    logger,
  });
  let supergraphSdl;
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    supergraphSdl = coreSupergraphSdl;
  });

  const server = new ApolloServer({
    gateway,
    logger,
    csrfPrevention: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
  });

  try {
    await server.start(); // introspects the subgraphs and composes
  } catch (e) {
    console.error(`error: gateway failed to start: ${e?.message ?? e}`);
    return 1;
  }

  if (args.supergraphOut) {
    const file = resolve(args.supergraphOut);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, supergraphSdl.endsWith('\n') ? supergraphSdl : `${supergraphSdl}\n`);
    } catch (e) {
      console.error(`error: cannot write ${args.supergraphOut}: ${e.message}`);
      await server.stop();
      return 2;
    }
  }

  const httpServer = createHttpServer(server);
  // Longer than Node's 5 s default, so pooled client connections (e.g. Java's
  // HttpClient) are rarely closed under them between requests.
  httpServer.keepAliveTimeout = 120_000;
  let port;
  try {
    port = await listen(httpServer, args.port);
  } catch (e) {
    console.error(`error: cannot listen on ${HOST}:${args.port}: ${e.message}`);
    await server.stop();
    return 1;
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(0); // second signal: don't wait
    stopping = true;
    const closed = new Promise((r) => httpServer.close(r));
    httpServer.closeIdleConnections();
    await Promise.race([closed, new Promise((r) => setTimeout(r, SHUTDOWN_GRACE_MS).unref())]);
    httpServer.closeAllConnections();
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  console.log(`apollo-gateway ready on http://${HOST}:${port}${PATH}`);
  return undefined; // keep running until a signal
}

const code = await main();
if (code !== undefined) process.exit(code);
