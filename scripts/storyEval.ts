/**
 * Scores the story grouping against gold topics: MEANTIME's four Wikinews topics
 * (../shared/data/meantime_en_topics.jsonl, CC BY; see its README), alone and with the seeds mixed
 * in as a fifth topic of their own. Used by scripts/eval-stories.ts and test/quality/stories.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../server/src/core/index/workspaceIndex';
import { StoryService } from '../server/src/core/stories/service';
import { MEANTIME_PATH, meantimeWorkspaces } from './eval-planted-data';
import { render } from './eval-planted-render';

export interface GoldDocument {
  uri: string;
  path: string;
  text: string;
  topic: string;
}

export const SEEDS_TOPIC = 'seeds';

/** MEANTIME's articles as plain-text files (headline, date line, paragraphs), each with its topic. */
export function meantimeDocuments(path = MEANTIME_PATH): GoldDocument[] {
  return meantimeWorkspaces(path).flatMap((ws) =>
    ws.articles.map((a) => {
      const file = render(a, 'txt');
      return {
        uri: `mem:///${ws.name}/${file.path}`,
        path: `${ws.name}/${file.path}`,
        text: file.text,
        topic: ws.name,
      };
    }),
  );
}

export function seedDocuments(): GoldDocument[] {
  const dir = join(__dirname, '..', 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      uri: `mem:///seeds/${f}`,
      path: `seeds/${f}`,
      text: readFileSync(join(dir, f), 'utf8'),
      topic: SEEDS_TOPIC,
    }));
}

export function indexOf(docs: readonly GoldDocument[]): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const d of docs) index.setDocument(d.uri, d.path, d.text);
  return index;
}

export interface StoryScores {
  documents: number;
  topics: number;
  stories: number;
  /** Stories of one document. */
  singletons: number;
  largestStory: number;
  bcubedPrecision: number;
  bcubedRecall: number;
  bcubedF1: number;
  purity: number;
  inversePurity: number;
  /** Whether the seeds form one story with nothing else in it (undefined without seeds). */
  seedsOwnStory?: boolean;
  /** Stories of several documents with their labels and how they split across topics, for reading. */
  groups: Array<{ label: string; size: number; topics: Record<string, number> }>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** B-cubed precision / recall (per document, averaged), purity and inverse purity of the stories. */
export function scoreStories(docs: readonly GoldDocument[], index = indexOf(docs)): StoryScores {
  const stories = new StoryService(index).all();
  const topicOf = new Map(docs.map((d) => [d.uri, d.topic]));
  const storyOf = new Map<string, string[]>();
  for (const s of stories) for (const u of s.uris) storyOf.set(u, s.uris);
  const topicSize = new Map<string, number>();
  for (const d of docs) topicSize.set(d.topic, (topicSize.get(d.topic) ?? 0) + 1);
  let precision = 0;
  let recall = 0;
  for (const d of docs) {
    const members = storyOf.get(d.uri) ?? [d.uri];
    const same = members.filter((u) => topicOf.get(u) === d.topic).length;
    precision += same / members.length;
    recall += same / topicSize.get(d.topic)!;
  }
  const majority = (uris: readonly string[]) => Math.max(...Object.values(topicCounts(uris, topicOf)));
  const purity = stories.reduce((s, st) => s + majority(st.uris), 0) / docs.length;
  const inversePurity =
    [...topicSize.keys()].reduce(
      (s, t) => s + Math.max(...stories.map((st) => st.uris.filter((u) => topicOf.get(u) === t).length)),
      0,
    ) / docs.length;
  const p = precision / docs.length;
  const r = recall / docs.length;
  const seeds = docs.filter((d) => d.topic === SEEDS_TOPIC).map((d) => d.uri);
  const seedStory = seeds.length ? storyOf.get(seeds[0]!) : undefined;
  return {
    documents: docs.length,
    topics: topicSize.size,
    stories: stories.length,
    singletons: stories.filter((s) => s.uris.length === 1).length,
    largestStory: Math.max(...stories.map((s) => s.uris.length)),
    bcubedPrecision: round(p),
    bcubedRecall: round(r),
    bcubedF1: round((2 * p * r) / (p + r)),
    purity: round(purity),
    inversePurity: round(inversePurity),
    ...(seedStory
      ? { seedsOwnStory: seedStory.length === seeds.length && seeds.every((u) => seedStory.includes(u)) }
      : {}),
    groups: stories
      .filter((s) => s.uris.length > 1)
      .map((s) => ({ label: s.label, size: s.uris.length, topics: topicCounts(s.uris, topicOf) })),
  };
}

function topicCounts(uris: readonly string[], topicOf: ReadonlyMap<string, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const u of uris) {
    const t = topicOf.get(u) ?? '?';
    out[t] = (out[t] ?? 0) + 1;
  }
  return out;
}
