/**
 * Source articles of the planted-error benchmark: the MEANTIME topics (../shared/data, CC BY; see
 * its README) turned back into natural text, and the seeds. Each article is a list of sentence
 * units; rendering lays them out as a real file would look and records where each unit landed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Chain {
  type: string;
  /** "doc#sid" of every sentence the chain is mentioned in. */
  sentences: Set<string>;
}

export interface Article {
  /** Unique within its workspace; also the file's stem. */
  id: string;
  headline: string;
  date: string;
  body: string[];
  /** A seed is kept as its own file; `body` then holds its analysed sentences' file text. */
  raw?: { file: string; text: string; spans: Array<[number, number]> };
}

export interface Workspace {
  name: string;
  articles: Article[];
  chains: Chain[];
  /** Sentence pairs known to conflict ("doc#sid~doc#sid", sorted): not false alarms. */
  knownConflicts?: Set<string>;
}

export const pairKey = (x: string, y: string) => [x, y].sort().join('~');

interface SeedPhrase {
  file: string;
  phrase: string;
}

interface SeedConflicts {
  conflicts: Array<{ a: SeedPhrase; b: SeedPhrase; alsoB?: SeedPhrase[] }>;
}

interface MeantimeTopic {
  topic: string;
  docs: Array<{ id: string; text: string }>;
  chains: Array<{ type: string; mentions: Array<{ doc: string; sid: number }> }>;
}

const SEED_CONFLICTS = join(__dirname, '..', 'test', 'fixtures', 'planted', 'seed-conflicts.json');

export const MEANTIME_PATH = join(__dirname, '..', '..', 'shared', 'data', 'meantime_en_topics.jsonl');

/** MEANTIME's space-joined tokens back to running text: "$ 40 billion" → "$40 billion". */
export function detokenize(tokens: string): string {
  let quoteOpen = false;
  const straightQuote = () => {
    quoteOpen = !quoteOpen;
    return quoteOpen ? '“' : '”';
  };
  return tokens
    .replace(/``/g, '“')
    .replace(/''/g, '”')
    .replace(/(^| )"(?= |$)/g, (_m, pre: string) => `${pre}${straightQuote()}`)
    .replace(/\bGB # ?/g, '£')
    .replace(/ ([,.;:!?%)\]”]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b)/g, '$1')
    .replace(/([($[“£€¥]) /g, '$1')
    .replace(/ ' /g, "' ")
    .replace(/ -- /g, ' – ')
    .replace(/(\w) - (\w)/g, '$1-$2')
    .replace(/US\$ /g, 'US$')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The four MEANTIME topics, one workspace each. */
export function meantimeWorkspaces(path = MEANTIME_PATH): Workspace[] {
  if (!existsSync(path))
    throw new Error(
      `MEANTIME not found at ${path}: the benchmark reads ../shared/data/ beside the repository`,
    );
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const topic = JSON.parse(line) as MeantimeTopic;
      const articles = topic.docs.map((d) => {
        const [headline = '', date = '', ...body] = d.text.split('\n').map(detokenize);
        return { id: d.id, headline, date, body };
      });
      const chains = topic.chains.map((c) => ({
        type: c.type,
        // Body sentence numbers: the headline and the date line come first in MEANTIME's text.
        sentences: new Set(c.mentions.filter((m) => m.sid >= 2).map((m) => `${m.doc}#${m.sid - 2}`)),
      }));
      return { name: topic.topic, articles, chains };
    });
}

/** The seeds as they are on disk; sentence spans come from the analyser (`spansOf`). */
export function seedWorkspace(spansOf: (file: string, text: string) => Array<[number, number]>): Workspace {
  const dir = join(__dirname, '..', 'seeds');
  const articles = readdirSync(dir)
    .filter((f) => /\.(txt|md|html?)$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const spans = spansOf(file, text);
      const body = spans.map(([s, e]) => text.slice(s, e));
      return { id: file.slice(0, 3), headline: '', date: '', body, raw: { file, text, spans } };
    });
  // Every sentence holding the phrase: an article may tell one claim twice (standfirst and body).
  const sentences = (ref: SeedPhrase) => {
    const article = articles.find((a) => a.id === ref.file);
    const sids = (article?.body ?? []).flatMap((s, i) => (s.includes(ref.phrase) ? [i] : []));
    if (sids.length === 0) throw new Error(`seed ${ref.file} no longer holds “${ref.phrase}”`);
    return sids.map((sid) => `${ref.file}#${sid}`);
  };
  const known = JSON.parse(readFileSync(SEED_CONFLICTS, 'utf8')) as SeedConflicts;
  const knownConflicts = new Set(
    known.conflicts.flatMap((c) =>
      sentences(c.a).flatMap((x) => [c.b, ...(c.alsoB ?? [])].flatMap(sentences).map((y) => pairKey(x, y))),
    ),
  );
  return { name: 'seeds', articles, chains: [], knownConflicts };
}
