// Writes a corpus of hostile and awkward files for the robustness tests: binary files with text
// extensions, broken encodings, huge and degenerate files, pathological HTML, attacks on readers,
// filesystem traps and corrupt `.triangulate` files. Usage: npx tsx scripts/hostile-corpus.ts <dir>
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeHostileCorpus(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '.triangulate'), { recursive: true });
  const put = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);
  const article = 'Germany delivered 18 Leopard tanks to Ukraine in March, Chancellor Olaf Scholz said.';

  // Encodings and binaries.
  put(
    'binary-pdf.txt',
    Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.from([0, 1, 2, 3, 255, 0, 0x80]),
      Buffer.alloc(4096, 7),
    ]),
  );
  put(
    'invalid-utf8.txt',
    Buffer.concat([
      Buffer.from(`${article}\n`),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
      Buffer.from('\nTurkey closed the Bosporus.\n'),
    ]),
  );
  put(
    'utf16-bom.txt',
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`${article}\r\nPoland sent 14 tanks.\r\n`, 'utf16le'),
    ]),
  );
  put('empty.txt', '');
  put('whitespace.txt', ' \n\t\n   \r\n\n');
  put(
    'only-markup.html',
    '<html><head><title></title></head><body><div><span></span><p></p></div></body></html>',
  );

  // Size and degenerate shapes.
  put('single-line-20mb.txt', 'The ministry said the convoy reached Kyiv on Monday. '.repeat(400_000));
  put(
    'many-sentences.txt',
    Array.from({ length: 100_000 }, (_, i) => `Report ${i} said ${i % 97} trucks crossed.`).join(' '),
  );
  put(
    'long-sentence.txt',
    `${Array.from({ length: 50_000 }, (_, i) => (i % 10 === 0 ? 'Berlin' : 'word')).join(' ')}.`,
  );
  const cities = [
    'Paris',
    'London',
    'Berlin',
    'Madrid',
    'Rome',
    'Vienna',
    'Prague',
    'Warsaw',
    'Kyiv',
    'Cairo',
  ];
  put(
    'many-entities.txt',
    Array.from(
      { length: 10_000 },
      (_, i) => `${cities[i % 10]} hosted Dr. Anna Kowalski${i} on May ${1 + (i % 28)}, 2024.`,
    ).join('\n'),
  );

  // Pathological HTML.
  put(
    'nested.html',
    `${'<div>'.repeat(20_000)}<p>Israel and Egypt reopened the Rafah crossing.</p>${'<span>'.repeat(5_000)}unclosed`,
  );
  put(
    'script-heavy.html',
    `<html><head>${'<style>p{color:red}</style>'.repeat(200)}</head><body>${'<script>var Hamas = "Hezbollah";</script>'.repeat(500)}<p>Qatar hosted the talks in Doha.</p></body></html>`,
  );
  put(
    'character-references.html',
    '<p>Smith &amp; Wesson&#x2019;s CEO met Israel&#8217;s envoy &nbsp; in Tel&nbsp;Aviv &unknown; &#xD800; &#0; on May 15, 2024.</p>',
  );
  put(
    'line-endings.txt',
    'Germany delivered tanks.\r\nPoland delivered tanks.\rFrance\nsent\r\ntroops to Estonia.\n',
  );
  put(
    'non-latin.txt',
    'إسرائيل والولايات المتحدة.\nישראל וארצות הברית.\n中华人民共和国和美国。\nРоссия и Украина. Vladimir Putin met Xi Jinping in Beijing.\n',
  );
  put(
    'emoji-astral.txt',
    '🚀 Germany 🇩🇪 delivered 18 Leopard tanks 😀 to Ukraine. 𝔊𝔢𝔯𝔪𝔞𝔫𝔶 and 𠀋 Olaf Scholz said so.\n',
  );

  // Attacks on the reader.
  put(
    'hostile.md',
    [
      '# Breaking [news](command:workbench.action.terminal.new) from <img src=x onerror=alert(1)>',
      '',
      'President Joe Biden met [Netanyahu](command:triangulate.enable?%5B%22x%22%5D) and <script>alert(1)</script> in `Washington`.',
      '',
      `Hamas said \u001b[31mred alert\u001b[0m and \u202etxt.exe\u202c spread on ${'A'.repeat(100_000)} and Egypt.`,
      '',
      '[click me](javascript:alert(1)) ![img](file:///etc/passwd) <a href="command:workbench.action.closeWindow">x</a>',
    ].join('\n'),
  );

  // Filesystem traps.
  mkdirSync(join(dir, 'folder.txt'));
  put('folder.txt/inside.txt', 'Israel and Jordan signed the water agreement in Amman.');
  mkdirSync(join(dir, 'loop'));
  symlinkSync('..', join(dir, 'loop', 'again'));
  symlinkSync('missing-target.txt', join(dir, 'dangling.txt'));

  // Corrupt analyst files.
  put('.triangulate/entities.json', '{ "add": [ { "name": "X", "type": "alien" } ], "merge": "nope", ');
  put('.triangulate/reviews.json', '[1, 2, 3');
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx scripts/hostile-corpus.ts <dir>');
    process.exit(2);
  }
  writeHostileCorpus(dir);
  console.error(`hostile corpus written to ${dir}`);
}
