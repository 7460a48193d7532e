// Office-holder anachronisms on real news: MEANTIME's dated Wikinews articles (../shared/data, CC BY)
// and the seeds. False alarms are the findings on the untouched articles (per 1,000 sentences);
// recall is measured on two kinds of plant made from every titled holder the check finds in office:
// the name replaced by another holder of the same office out of office at that date ("President
// Bush" → "President Obama" in 2007), and the article's date moved to before the holder's first
// term. Seeded by nothing: every plant is made, in document order.
// Usage: npm run eval:anachronisms [-- --list]   (prints the findings and the misses)
import { type TitledHolder, titledHolders } from '../server/src/core/anachronisms/officeHolders';
import type { Term } from '../server/src/core/anachronisms/officeTable';
import { officeTable } from '../server/src/core/anachronisms/officeTable';
import { analyzeDocument } from '../server/src/core/index/analyzeDocument';
import { meantimeDocuments, seedDocuments } from './storyEval';

export interface AnachronismScores {
  documents: number;
  sentences: number;
  /** Titled mentions of known holders checked (in a dated sentence). */
  checked: number;
  falseAlarms: Array<{ path: string; text: string }>;
  falseAlarmsPer1000: number;
  plants: { swap: PlantScore; date: PlantScore; all: PlantScore };
}

interface PlantScore {
  planted: number;
  found: number;
  recall: number;
  misses: string[];
}

interface Doc {
  path: string;
  text: string;
}

const analysed = (d: Doc) => {
  const a = analyzeDocument(d.path, d.text);
  return {
    uri: d.path,
    text: d.text,
    published: a.metadata.published,
    sentences: a.sentences,
    mentions: a.mentions,
  };
};

/** The titled holders of a text and whether a check finds one out of office at [start, end). */
const flaggedAt = (d: Doc, start: number, end: number): boolean =>
  titledHolders(analysed(d)).some((t) => !t.fits && t.mention.start < end && t.mention.end > start);

const DAY_MS = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Another holder of the office that was not in it at any of the mention's dates (the next one in time, else the one before). */
function outOfOffice(t: TitledHolder): Term | null {
  const own = t.terms.find((x) =>
    t.periods.some((p) => p.to >= day(x.from) && (!x.to || p.from <= day(x.to))),
  );
  if (!own) return null;
  const office = own.office;
  const holders = officeTable()
    .holders.flatMap((h) => h.terms)
    .filter((x) => x.office === office && x.name !== own.name);
  const away = (x: Term) =>
    t.periods.every((p) => {
      const from = day(x.from) - 30 * DAY_MS;
      return office.keepsTitle
        ? p.to < from
        : p.to < from || (x.to !== null && p.from > day(x.to) + 30 * DAY_MS);
    });
  const later = holders.filter((x) => x.from > own.from && away(x));
  const earlier = office.keepsTitle ? [] : holders.filter((x) => x.from < own.from && away(x)).reverse();
  return later[0] ?? earlier[0] ?? null;
}

/** The mention's words in the replacement's form: a surname for a surname, else the whole name. */
function replacementName(surface: string, replacement: Term): string {
  const words = replacement.name.split(' ');
  return surface.trim().includes(' ') ? replacement.name : words[words.length - 1]!;
}

function score(planted: number, found: number, misses: string[]): PlantScore {
  return { planted, found, recall: planted ? Math.round((found / planted) * 1000) / 1000 : 1, misses };
}

/** Moves the article's date line (or front-matter date) to `to`. */
function redated(d: Doc, published: string, to: string): Doc | null {
  const long = new Date(`${published}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // The date line of a rendered MEANTIME article: "March 01, 2008".
  const at = d.text.indexOf(long);
  if (at < 0) return null;
  const next = new Date(`${to}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return { ...d, text: d.text.slice(0, at) + next + d.text.slice(at + long.length) };
}

export function evaluateAnachronisms(
  docs: Doc[] = [...meantimeDocuments(), ...seedDocuments()],
): AnachronismScores {
  let sentences = 0;
  let checked = 0;
  const falseAlarms: AnachronismScores['falseAlarms'] = [];
  const swap = { planted: 0, found: 0, misses: [] as string[] };
  const date = { planted: 0, found: 0, misses: [] as string[] };
  for (const d of docs) {
    const doc = analysed(d);
    sentences += doc.sentences.length;
    const titled = titledHolders(doc);
    checked += titled.length;
    for (const t of titled) {
      const text = d.text.slice(t.titleStart, t.mention.end);
      if (!t.fits) {
        falseAlarms.push({ path: d.path, text });
        continue;
      }
      const replacement = outOfOffice(t);
      if (replacement) {
        const name = replacementName(d.text.slice(t.mention.start, t.mention.end), replacement);
        const planted = { ...d, text: d.text.slice(0, t.mention.start) + name + d.text.slice(t.mention.end) };
        swap.planted++;
        if (flaggedAt(planted, t.mention.start, t.mention.start + name.length)) swap.found++;
        else swap.misses.push(`${d.path}: “${text}” → ${name}`);
      }
      const first = t.terms.map((x) => x.from).sort()[0]!;
      const stated = t.periods.some((p) => !p.published);
      if (doc.published && !stated) {
        const moved = redated(d, doc.published, iso(day(first) - 2 * 365 * DAY_MS));
        if (moved) {
          date.planted++;
          const shift = moved.text.length - d.text.length;
          if (flaggedAt(moved, t.mention.start + shift, t.mention.end + shift)) date.found++;
          else date.misses.push(`${d.path}: “${text}” dated 2 years before ${first}`);
        }
      }
    }
  }
  const all = score(swap.planted + date.planted, swap.found + date.found, [...swap.misses, ...date.misses]);
  return {
    documents: docs.length,
    sentences,
    checked,
    falseAlarms,
    falseAlarmsPer1000: Math.round((falseAlarms.length / Math.max(1, sentences)) * 1_000_000) / 1000,
    plants: {
      swap: score(swap.planted, swap.found, swap.misses),
      date: score(date.planted, date.found, date.misses),
      all,
    },
  };
}

if (require.main === module) {
  const r = evaluateAnachronisms();
  const list = process.argv.includes('--list');
  console.log(
    `Office-holder anachronisms, MEANTIME (${r.documents - 5} dated Wikinews articles) and the seeds`,
  );
  console.log(`  sentences ${r.sentences}, titled holders checked ${r.checked}`);
  console.log(
    `  false alarms on the untouched articles: ${r.falseAlarms.length} (${r.falseAlarmsPer1000} per 1,000 sentences)`,
  );
  for (const [kind, s] of Object.entries(r.plants))
    console.log(
      `  recall, ${kind === 'swap' ? 'name swapped' : kind === 'date' ? 'date moved' : 'all plants'}: ${s.found} of ${s.planted} (${s.recall})`,
    );
  if (list) {
    for (const f of r.falseAlarms) console.log(`  false alarm: ${f.path}: “${f.text}”`);
    for (const m of r.plants.all.misses) console.log(`  missed: ${m}`);
  }
}
