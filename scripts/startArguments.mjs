// The command line of `npm start` (scripts/start.mjs), checked before anything is built or started.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export const START_USAGE = 'npm start [-- <folder>] [--code-server] [--port <n>] [--no-build]';

/**
 * { folder, port, codeServer, build } from `argv`. A relative folder is resolved against `cwd` (where
 * the user typed the command: npm runs scripts in the package folder and passes it as INIT_CWD).
 * Throws a message naming the problem for a missing folder, a file, or an unknown option.
 */
export function parseStartArguments(argv, { cwd, defaultFolder }) {
  const options = { folder: defaultFolder, port: undefined, codeServer: false, build: true };
  let given;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--code-server') options.codeServer = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--port') options.port = portNumber(argv[++i]);
    else if (arg.startsWith('-')) throw new Error(`Unknown option ${arg}. Usage: ${START_USAGE}`);
    else if (given !== undefined)
      throw new Error(`One folder at a time (${given}, ${arg}). Usage: ${START_USAGE}`);
    else given = arg;
  }
  if (given !== undefined) options.folder = resolve(cwd, given);
  assertFolder(options.folder);
  return options;
}

function portNumber(value) {
  const port = Number(value);
  if (!/^\d+$/.test(value ?? '') || port < 1 || port > 65535)
    throw new Error(`--port needs a port number (1-65535), not ${value ?? 'nothing'}. Usage: ${START_USAGE}`);
  return port;
}

function assertFolder(folder) {
  let stat;
  try {
    stat = statSync(folder);
  } catch {
    throw new Error(`There is no folder ${folder} to open.`);
  }
  if (!stat.isDirectory()) throw new Error(`${folder} is a file: give the folder that holds your articles.`);
}
