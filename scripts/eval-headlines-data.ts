/**
 * Rows of the headline benchmark: each MEANTIME article's headline (../shared/data, Wikinews, CC BY)
 * against article bodies — its own and those of the articles telling the same story
 * (`test/fixtures/headlines/stories.json`): related; bodies of other topics: unrelated; bodies of
 * its own topic telling another story: unrelated, scored apart (the hard case). Headlines with one
 * error planted (`eval-planted-rewrite.ts`) against their own body: real disagreements, for the
 * precision of contradictions. Seeded: the same seed gives the same rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, meantimeWorkspaces } from './eval-planted-data';
import { type PlantedKind, REWRITERS } from './eval-planted-rewrite';
import { hash, random } from './eval-planted-words';

export type Stratum = 'own' | 'same-story' | 'other-topic' | 'same-topic' | 'planted';

export interface HeadlineRow {
  id: string;
  headline: string;
  body: string;
  related: boolean;
  stratum: Stratum;
  /** The kind of error planted in the headline (stratum `planted`). */
  planted?: PlantedKind;
  /** Half of the headlines (by a hash of the article id) calibrate; the other half is held out. */
  split: 'dev' | 'heldout';
}

export const DEFAULT_SEED = 14;
const OTHER_TOPIC_BODIES = 3;
const SAME_TOPIC_BODIES = 2;
/** Kinds of error a headline can carry against its own body (a figure, a negation, an opposite). */
const PLANTED_KINDS: readonly PlantedKind[] = ['negation', 'number', 'antonym'];

interface Stories {
  stories: Array<{ topic: string; articles: string[] }>;
}

interface Placed {
  topic: string;
  article: Article;
}

/** The body as an article's running text: its sentences in one paragraph, as a pasted article. */
const bodyOf = (a: Article) => a.body.join(' ');

export function headlineRows(seed = DEFAULT_SEED): HeadlineRow[] {
  const stories = JSON.parse(
    readFileSync(join(__dirname, '..', 'test', 'fixtures', 'headlines', 'stories.json'), 'utf8'),
  ) as Stories;
  const storyOf = new Map<string, number>();
  stories.stories.forEach((s, i) => {
    for (const id of s.articles) storyOf.set(`${s.topic}/${id}`, i);
  });
  const all: Placed[] = meantimeWorkspaces().flatMap((ws) =>
    ws.articles.map((article) => ({ topic: ws.name, article })),
  );
  const key = (p: Placed) => `${p.topic}/${p.article.id}`;
  const sameStory = (x: Placed, y: Placed) =>
    storyOf.has(key(x)) && storyOf.get(key(x)) === storyOf.get(key(y));
  const rng = random(seed);
  const rows: HeadlineRow[] = [];
  for (const h of all) {
    const split = hash(key(h)) % 2 === 0 ? 'dev' : 'heldout';
    const row = (body: Placed, related: boolean, stratum: Stratum): HeadlineRow => ({
      id: `${key(h)}~${key(body)}`,
      headline: h.article.headline,
      body: bodyOf(body.article),
      related,
      stratum,
      split,
    });
    rows.push(row(h, true, 'own'));
    for (const other of all)
      if (other !== h && sameStory(h, other)) rows.push(row(other, true, 'same-story'));
    const otherTopic = all.filter((p) => p.topic !== h.topic);
    const sameTopic = all.filter((p) => p.topic === h.topic && p !== h && !sameStory(h, p));
    for (const p of sample(otherTopic, OTHER_TOPIC_BODIES, rng)) rows.push(row(p, false, 'other-topic'));
    for (const p of sample(sameTopic, SAME_TOPIC_BODIES, rng)) rows.push(row(p, false, 'same-topic'));
    const planted = plantedHeadline(h.article, rng);
    if (planted)
      rows.push({
        ...row(h, true, 'planted'),
        id: `${key(h)}~planted`,
        headline: planted.headline,
        planted: planted.kind,
      });
  }
  return rows;
}

/** `n` distinct items, seeded. */
function sample<T>(items: readonly T[], n: number, rng: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}

/** The headline with one error against its own body, of the first kind (in a seeded order) that applies. */
function plantedHeadline(
  article: Article,
  rng: () => number,
): { headline: string; kind: PlantedKind } | null {
  const kinds = sample(PLANTED_KINDS, PLANTED_KINDS.length, rng);
  for (const kind of kinds) {
    const headline = REWRITERS[kind](article.headline, bodyOf(article), rng);
    if (headline && headline !== article.headline) return { headline, kind };
  }
  return null;
}
