#!/usr/bin/env node
// Composes Apollo Federation v2 subgraph SDL files into a supergraph with
// Apollo's own composer (@apollo/composition), as an independent check of
// the SDL the services emit.
//
//   node compose.mjs [--out supergraph.graphql] name=path/to/schema.graphql[@url] ...
//
// Exit codes: 0 composed; 1 an SDL file does not parse or composition failed;
// 2 bad usage or a file cannot be read or written.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse, GraphQLError } from 'graphql';
import { composeServices } from '@apollo/composition';

const USAGE = `usage: node compose.mjs [--out <supergraph.graphql>] <name>=<schema.graphql>[@<url>] ...
  name  subgraph name (letters, digits, _ and -), unique
  url   routing URL recorded in the supergraph; default http://localhost/<name>/graphql
Relative paths are resolved against the current directory.`;

class UsageError extends Error {}

function parseArgs(argv) {
  let out;
  const subgraphs = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--out' || arg === '-o') {
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a file name`);
      out = argv[++i];
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      subgraphs.push(parseSubgraphArg(arg));
    }
  }
  if (out === '') throw new UsageError('--out needs a file name');
  if (subgraphs.length === 0) throw new UsageError('no subgraphs given');
  const seen = new Set();
  for (const { name } of subgraphs) {
    if (seen.has(name)) throw new UsageError(`subgraph ${name} given twice`);
    seen.add(name);
  }
  return { out, subgraphs };
}

// name=path or name=path@url; the URL is split off only when it looks like one
// ("@scheme://..."), so paths that contain "@" still work.
function parseSubgraphArg(arg) {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new UsageError(`expected name=path, got "${arg}"`);
  const name = arg.slice(0, eq);
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new UsageError(`bad subgraph name "${name}"`);
  let path = arg.slice(eq + 1);
  let url = `http://localhost/${name}/graphql`;
  const m = /^(.*)@([A-Za-z][A-Za-z0-9+.-]*:\/\/.+)$/.exec(path);
  if (m) [, path, url] = m;
  if (path === '') throw new UsageError(`no schema file for subgraph ${name}`);
  return { name, path, url };
}

function codeOf(error) {
  return error?.extensions?.code ?? 'UNKNOWN';
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`error: ${e.message}\n${USAGE}`);
    return 2;
  }

  const services = [];
  let parseFailed = false;
  for (const { name, path, url } of args.subgraphs) {
    const file = resolve(path);
    let sdl;
    try {
      sdl = readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`error: cannot read ${path} (subgraph ${name}): ${e.message}`);
      return 2;
    }
    try {
      services.push({ name, url, typeDefs: parse(sdl) });
    } catch (e) {
      if (!(e instanceof GraphQLError)) throw e;
      const at = e.locations?.[0] ? `:${e.locations[0].line}:${e.locations[0].column}` : '';
      console.error(`error: ${path}${at} (subgraph ${name}) does not parse: ${e.message}`);
      parseFailed = true;
    }
  }
  if (parseFailed) return 1;

  const result = composeServices(services);

  if (result.errors) {
    console.error(`composition failed with ${result.errors.length} error(s):`);
    for (const error of result.errors) {
      console.error(`error [${codeOf(error)}]: ${error.message}`);
    }
    return 1;
  }

  for (const hint of result.hints) {
    console.error(`warning [${hint.definition.code}]: ${hint.message}`);
  }

  if (args.out) {
    const file = resolve(args.out);
    const sdl = result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : `${result.supergraphSdl}\n`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, sdl);
    } catch (e) {
      console.error(`error: cannot write ${args.out}: ${e.message}`);
      return 2;
    }
  }

  // Types of the API schema (what clients see): no join__/link__ machinery,
  // no built-in scalars, no introspection types.
  const types = result.schema.toAPISchema().types().length;
  const n = services.length;
  console.log(`composed ${n} subgraph${n === 1 ? '' : 's'}: ${types} types`);
  return 0;
}

process.exitCode = main();
