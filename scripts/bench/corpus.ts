// Generates realistic benchmark workspaces: many stories, each told by several articles.
// Sentences come from the seeds and the development corpus (MEANTIME, Wikinews). Every story renames
// its names and rescales its numbers, so stories do not duplicate each other; within a story the
// articles drop, reorder and occasionally alter sentences, so matches and conflicts occur at a
// realistic rate. Output: .txt, .md (front matter) and .html files with publication dates.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from '../random';

const ROOT = join(__dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');
/** The development corpus: kept beside the repository by the team; the seeds alone also work. */
const DEV_CORPUS_CANDIDATES = [
  process.env.TRIANGULATE_DEV_CORPUS ?? '',
  join(ROOT, '..', 'shared', 'data', 'meantime_en_topics.jsonl'),
].filter(Boolean);

export { random };

interface SourceText {
  /** Sources of one topic are combined into longer stories. */
  topic: string;
  title: string;
  paragraphs: string[][];
}

/** MEANTIME stores tokens joined by spaces ("$ 40 billion", "( EADS )"); this restores normal spacing. */
function detokenize(s: string): string {
  return s
    .replace(/ ([,.;:?!%)\]}])/g, '$1')
    .replace(/([([{$]) /g, '$1')
    .replace(/ (n't|'s|'re|'ve|'ll|'d)\b/g, '$1')
    .replace(/`` ?/g, '"')
    .replace(/ ?''/g, '"');
}

const splitSentences = (paragraph: string): string[] =>
  paragraph
    .match(/[^.!?]+(?:[.!?]+["”’)]*|$)\s*/g)
    ?.map((s) => s.trim())
    .filter(Boolean) ?? [];

function loadSources(): SourceText[] {
  const sources: SourceText[] = [];
  for (const name of readdirSync(SEEDS).filter((n) => /\.(txt|md|html?)$/.test(n))) {
    const text = readFileSync(join(SEEDS, name), 'utf8').replace(/<[^>]+>/g, ' ');
    const blocks = text.split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim());
    sources.push({
      topic: 'seeds',
      title: blocks[0] ?? name,
      paragraphs: blocks
        .slice(1)
        .map(splitSentences)
        .filter((p) => p.length > 0),
    });
  }
  const devCorpus = DEV_CORPUS_CANDIDATES.find((p) => existsSync(p));
  if (devCorpus) {
    for (const line of readFileSync(devCorpus, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const topic = JSON.parse(line) as { topic: string; docs: Array<{ text: string }> };
      for (const doc of topic.docs) {
        const lines = doc.text.split('\n').map(detokenize);
        const body = lines.slice(2); // title, date line
        const paragraphs: string[][] = [];
        for (let i = 0; i < body.length; i += 3) paragraphs.push(body.slice(i, i + 3));
        sources.push({ topic: topic.topic, title: lines[0] ?? 'Untitled', paragraphs });
      }
    }
  }
  return sources;
}

/** Capitalised words kept in every story: titles, calendar words, function words, major countries. */
const KEEP = new Set(
  (
    'The A An In On At Of For To By With From As And But Or If When While After Before Since During This That ' +
    'These Those It Its He She They We I His Her Their Our Mr Mrs Ms Dr President Minister Prime Secretary ' +
    'General Senator Representative Spokesman Spokeswoman Officials Official Department State Defense House ' +
    'White Congress Senate Army Air Force Navy Ministry Government Administration United States US U.S. UK ' +
    'Israel Israeli Gaza Palestinian Palestinians America American Europe European China Chinese Russia ' +
    'Russian France French Germany German Britain British Japan Japanese Iran Iranian Egypt Canada ' +
    'January February March April May June July August September October November December Monday ' +
    'Tuesday Wednesday Thursday Friday Saturday Sunday According However Meanwhile Also Last Next ' +
    'New York Washington Company Inc Corp Corporation Group Bank Association Council Committee'
  ).split(' '),
);

const SYLLABLES =
  'ka ri mo ta ven lo sa dor mi ne va tor el an is ur bel cor das fen gal har jor kel lan mar nor pel ras sel tan vor wen zar'.split(
    ' ',
  );

/** A pronounceable invented name, stable for a (story, word) pair. */
function inventName(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

/** Per-story rewriting: renamed names, rescaled numbers. */
class StoryVoice {
  private readonly names = new Map<string, string>();
  readonly factor: number;

  constructor(private readonly rand: () => number) {
    this.factor = 0.4 + rand() * 2.2;
  }

  private rename(word: string): string {
    let n = this.names.get(word);
    if (!n) {
      n = /^[A-Z]{2,}$/.test(word)
        ? inventName(this.rand).slice(0, word.length).toUpperCase()
        : inventName(this.rand);
      this.names.set(word, n);
    }
    return n;
  }

  rewrite(sentence: string): string {
    return sentence
      .replace(/(?<![\p{L}\d])(\p{Lu}[\p{L}'’-]*)/gu, (word, _w, offset: number) =>
        offset === 0 || KEEP.has(word) || word.length < 2 ? word : this.rename(word),
      )
      .replace(/\b\d[\d,]*(?:\.\d+)?\b/g, (num) => scaleNumber(num, this.factor));
  }
}

/** Years and small ordinals stay; other figures are scaled, keeping their format. */
function scaleNumber(num: string, factor: number): string {
  const value = Number(num.replace(/,/g, ''));
  if (!Number.isFinite(value) || (value >= 1900 && value <= 2100 && !num.includes('.')) || value < 3)
    return num;
  const decimals = num.includes('.') ? num.length - num.indexOf('.') - 1 : 0;
  const scaled = value * factor;
  const text = decimals ? scaled.toFixed(decimals) : String(Math.max(3, Math.round(scaled)));
  return num.includes(',') ? Number(text).toLocaleString('en-US', { maximumFractionDigits: decimals }) : text;
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

function isoDate(day: number): string {
  return new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

function render(format: 'txt' | 'md' | 'html', title: string, date: string, paragraphs: string[]): string {
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (format === 'md')
    return `---\ntitle: "${title.replace(/"/g, "'")}"\ndate: ${date}\n---\n\n# ${title}\n\n${paragraphs.join('\n\n')}\n`;
  if (format === 'html')
    return `<!doctype html>\n<html><head><title>${escapeHtml(title)}</title><meta property="article:published_time" content="${date}"></head>\n<body><article><h1>${escapeHtml(title)}</h1>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article></body></html>\n`;
  return `${title}\n\nPublished ${date}\n\n${paragraphs.join('\n\n')}\n`;
}

/** One article of a story: most paragraphs, some sentences dropped, some figures altered. */
function writeArticle(rand: () => number, voice: StoryVoice, source: SourceText, title: string): string[] {
  const paragraphs = source.paragraphs
    .filter(() => rand() > 0.2)
    .map((p) =>
      p
        .filter(() => rand() > 0.15)
        .map((s) => {
          let out = voice.rewrite(s);
          // An outlet that got a figure wrong: a conflict for the analyst to find.
          if (rand() < 0.03)
            out = out.replace(/\b\d+\b/, (n) => String(Number(n) + 1 + Math.floor(rand() * 9)));
          return out;
        })
        .join(' '),
    )
    .filter(Boolean);
  // Outlets order their paragraphs differently.
  for (let i = paragraphs.length - 1; i > 0; i--) {
    if (rand() < 0.3) {
      const j = Math.floor(rand() * (i + 1));
      [paragraphs[i], paragraphs[j]] = [paragraphs[j]!, paragraphs[i]!];
    }
  }
  return paragraphs.length ? paragraphs : [voice.rewrite(title)];
}

/** Articles of about 5 KB (10,000 make 50 MB): one source and two to four more of its topic. */
function storySource(rand: () => number, sources: SourceText[]): SourceText {
  const first = pick(rand, sources);
  const sameTopic = sources.filter((s) => s.topic === first.topic && s !== first);
  const paragraphs = [...first.paragraphs];
  const extra = first.topic === 'seeds' ? 0 : 2 + Math.floor(rand() * 3);
  for (let i = 0; i < extra && sameTopic.length > 0; i++)
    paragraphs.push(...pick(rand, sameTopic).paragraphs);
  return { ...first, paragraphs };
}

export interface CorpusSummary {
  files: number;
  bytes: number;
  stories: number;
}

/** Writes articles into `outDir` until they total `targetBytes`. Deterministic for a seed. */
export function generateCorpus(outDir: string, targetBytes: number, seed = 1): CorpusSummary {
  const sources = loadSources();
  const rand = random(seed);
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  let files = 0;
  let stories = 0;
  while (bytes < targetBytes) {
    const voice = new StoryVoice(rand);
    const source = storySource(rand, sources);
    const day = Math.floor(rand() * 360);
    const title = voice.rewrite(source.title);
    const outlets = 3 + Math.floor(rand() * 8);
    for (let k = 0; k < outlets && bytes < targetBytes; k++) {
      const format = pick(rand, ['txt', 'txt', 'txt', 'md', 'md', 'html'] as const);
      const text = render(
        format,
        title,
        isoDate(day + Math.floor(rand() * 3)),
        writeArticle(rand, voice, source, title),
      );
      const name = `story-${String(stories).padStart(5, '0')}/outlet-${k}.${format}`;
      mkdirSync(join(outDir, name.slice(0, name.indexOf('/'))), { recursive: true });
      writeFileSync(join(outDir, name), text);
      bytes += Buffer.byteLength(text);
      files++;
    }
    stories++;
  }
  return { files, bytes, stories };
}

/** Every file under `dir`, sorted, the completion mark left out. */
export function corpusFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...corpusFiles(path));
    else if (entry.name !== '.complete') out.push(path);
  }
  return out.sort();
}

/**
 * The benchmark corpus of `megabytes` under `work` (generated once, reused while complete). With the
 * default seed a smaller corpus is the start of a larger one.
 */
export function benchCorpus(
  work: string,
  megabytes: number,
  seed = 1,
  name = `corpus-${megabytes}mb`,
): { dir: string; bytes: number; files: number } {
  const dir = join(work, name);
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    generateCorpus(dir, megabytes * 1024 * 1024, seed);
    writeFileSync(join(dir, '.complete'), '');
  }
  const list = corpusFiles(dir);
  return { dir, files: list.length, bytes: list.reduce((n, f) => n + statSync(f).size, 0) };
}

/** A long article (about `words` words) for latency measurements, from one story's voice. */
export function generateLongArticle(words: number, seed = 7): string {
  const sources = loadSources();
  const rand = random(seed);
  const voice = new StoryVoice(rand);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const source = pick(rand, sources);
    for (const p of source.paragraphs) {
      const text = p.map((s) => voice.rewrite(s)).join(' ');
      paragraphs.push(text);
      count += text.split(/\s+/).length;
      if (count >= words) break;
    }
  }
  return render('txt', 'A long report', isoDate(100), paragraphs);
}

if (require.main === module) {
  const [out, mb] = process.argv.slice(2);
  if (!out) {
    console.error('usage: tsx scripts/bench/corpus.ts <out-dir> [megabytes]');
    process.exit(2);
  }
  const summary = generateCorpus(out, Number(mb ?? 1) * 1024 * 1024);
  console.log(JSON.stringify(summary));
}
