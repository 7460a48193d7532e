// A team corpus for the extension-host suite (started by test/extension/run.mjs through tsx): a
// throwaway PostgreSQL holding one article the workspace (a copy of the seeds) does not hold, seed
// 004 with a sentence added. Prints one JSON line {url, password, path, text} once indexed; stops
// PostgreSQL when its standard input closes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../helpers/postgres';

const ROOT = join(__dirname, '..', '..');
const NAME = 'corpus-only-004.txt';

async function main(): Promise<void> {
  const postgres = await startPostgres();
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-ext-corpus-'));
  const stop = async () => {
    await postgres.stop();
    rmSync(folder, { recursive: true, force: true });
    process.exit(0);
  };
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();
  const text = `${readFileSync(join(ROOT, 'seeds', '004_fc7cc2ef9e895868.txt'), 'utf8')}\nThe talks resumed in Cairo on Monday.\n`;
  writeFileSync(join(folder, NAME), text);
  const url = await postgres.createDatabase('extension');
  execFileSync(
    process.execPath,
    [join(ROOT, 'dist', 'cli.js'), 'index', folder, '--db', url, '--workers', '1'],
    {
      stdio: 'ignore',
    },
  );
  const setting = url.replace(':secret@', '@');
  process.stdout.write(`${JSON.stringify({ url: setting, password: 'secret', path: NAME, text })}\n`);
}

void main().catch((e) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
});
