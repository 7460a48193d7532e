// Writes dist/README.md, the README of the VSIX: README.md with each relative picture inlined as a
// data: URI. VS Code's extension details page loads only https: and data: images, so a relative
// link is broken there and an https one needs the network; an inlined picture shows offline.
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { REPO } from './e2e/codeServer.mjs';

const TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };

/** README text with every relative `![alt](path)` picture replaced by its data: URI. */
export function inlinePictures(markdown, readFile) {
  return markdown.replace(/(!\[[^\]]*\]\()([^)\s]+)\)/g, (whole, start, link) => {
    if (/^\w+:/.test(link)) return whole;
    const type = TYPES[extname(link).toLowerCase()];
    if (!type) throw new Error(`README picture ${link}: not a PNG, JPEG or GIF`);
    return `${start}data:${type};base64,${readFile(link).toString('base64')})`;
  });
}

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
writeFileSync(
  join(REPO, 'dist', 'README.md'),
  inlinePictures(readme, (link) => readFileSync(join(REPO, link))),
);
