import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/index/analyzeDocument';
import { ingest } from '../../server/src/core/ingest';

/** A small seeded generator: a failing input can be reproduced from its seed. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const PIECES = [
  '<p>',
  '</p>',
  '<div class="a">',
  '</div>',
  '<br>',
  '<h2>',
  '</h2>',
  '<script>var x="<p>"</script>',
  '<style>p{}</style>',
  '<!-- c -->',
  '&amp;',
  '&#x2019;',
  '&#8217;',
  '&nbsp;',
  '&bogus;',
  '&#xD800;',
  '&#0;',
  '<b>',
  '</b>',
  '<a href="command:x">',
  '</a>',
  '**',
  '__',
  '*',
  '_',
  '`',
  '# ',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '  ',
  '\t',
  '[link](command:evil)',
  '![i](x)',
  '😀',
  '🇩🇪',
  '𝔊',
  '𠀋',
  'é',
  'e\u0301',
  'ישראל',
  'إسرائيل',
  '中国',
  'Россия',
  '\u202e',
  '\u0000',
  '\u001b[31m',
  '\uFFFD',
  'Germany',
  'Olaf Scholz',
  'Biden',
  'delivered',
  '18',
  '34,900',
  'tanks',
  'to',
  'Ukraine',
  'on',
  'May 15, 2024',
  '.',
  ',',
  'said',
  'the',
  'Hamas',
  'U.S.',
  '(JDAMs)',
  '$14.1 billion',
  '17%',
  '"',
  '“',
  '”',
  '’s',
  '-',
  '—',
  '<',
  '>',
  '&',
];

function randomDocument(next: () => number): string {
  const n = 1 + Math.floor(next() * 60);
  let out = '';
  for (let i = 0; i < n; i++) {
    out += PIECES[Math.floor(next() * PIECES.length)];
    if (next() < 0.6) out += ' ';
  }
  return out;
}

const EXTENSIONS = ['html', 'md', 'txt'];

test('fuzz: every analysed character maps back onto the same character of the source (3,000 inputs)', () => {
  const next = rng(20261121);
  for (let i = 0; i < 3000; i++) {
    const source = randomDocument(next);
    const path = `doc.${EXTENSIONS[i % 3]}`;
    const r = ingest(path, source);
    for (const b of r.blocks) {
      assert.ok(
        b.start >= 0 && b.end <= r.text.length && b.start <= b.end,
        `block out of range (input ${i})`,
      );
      const [s, e] = r.map.toSourceRange(b.start, b.end);
      assert.ok(s >= 0 && e <= source.length && s <= e, `block maps outside the source (input ${i})`);
      let previous = -1;
      for (const m of r.text.slice(b.start, b.end).matchAll(/[\p{L}\p{N}]/gu)) {
        const at = b.start + m.index!;
        const [cs, ce] = r.map.toSourceRange(at, at + m[0].length);
        const slice = source.slice(cs, ce);
        // Copied characters map exactly; a decoded character reference maps to the whole reference.
        if (slice !== m[0])
          assert.match(
            slice,
            /^&.*;$/,
            `input ${i} (${path}): “${m[0]}” maps to “${slice}”\n${JSON.stringify(source)}`,
          );
        assert.ok(cs >= previous, `input ${i}: the mapping goes backwards`);
        previous = cs;
      }
    }
  }
});

test('fuzz: mentions and claims stay inside the file, on whole UTF-16 characters (500 analysed inputs)', () => {
  const next = rng(7);
  for (let i = 0; i < 500; i++) {
    const source = randomDocument(next);
    const a = analyzeDocument(`doc.${EXTENSIONS[i % 3]}`, source);
    const inside = (s: number, e: number) => s >= 0 && e <= source.length && s <= e;
    for (const m of a.mentions) {
      assert.ok(inside(m.start, m.end), `mention out of range (input ${i})`);
      assert.ok(
        !/^[\uDC00-\uDFFF]/.test(source.slice(m.start, m.start + 1)),
        `mention starts inside a surrogate pair (input ${i})`,
      );
    }
    for (const c of a.claims) assert.ok(inside(c.start, c.end), `claim out of range (input ${i})`);
    for (const s of a.sentences) assert.ok(inside(s.start, s.end), `sentence out of range (input ${i})`);
  }
});
