// The views' requests through the real protocol (Compare, Timeline, Sources, Story), timed as the
// client sends them: when the active article changes or its sources change (after an edit).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position, RequestType } from 'vscode-languageserver-protocol';
import {
  CompareRequest,
  type CompareResult,
  DocumentStoryRequest,
  type DocumentStoryResult,
  SourceProfilesRequest,
  type SourceProfilesResult,
  TimelineRequest,
  type TimelineResult,
} from '../../server/src/protocol';

/** The views measured, in the table's order. */
export const VIEW_NAMES = ['compare', 'timeline', 'sources', 'story'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** What the measurement needs of a bench session. */
export interface ViewSession {
  request<P, R>(type: RequestType<P, R, void>, params: P, what: string): Promise<R>;
  /** One keystroke in the open article (the workspace changes, so the views refresh). */
  edit(): Promise<void>;
}

/** Rounds of the four requests; every other round follows an edit, as a refresh after typing does. */
export const VIEW_ROUNDS = 40;
/** Articles asked for their story to choose the one the views are measured on. */
const STORY_SAMPLE = 60;

/** Each view's answer times, and how many rows its answers held in all (so an empty view cannot pass for a fast one). */
export interface ViewSamples {
  /** The article the views showed, and how many other sources its story has. */
  article: string;
  storySources: number;
  ms: Record<ViewName, number[]>;
  rows: Record<ViewName, number>;
}

/** Every article file of the folder (recursively), sorted, so the choice is the same each run. */
function articleFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|md|html?)$/.test(name)) out.push(path);
    }
  };
  walk(resolve(folder));
  return out;
}

/** Of a sample of the workspace's articles, the one whose story has the most other sources. */
async function busiestArticle(s: ViewSession, folder: string): Promise<{ path: string; sources: number }> {
  const files = articleFiles(folder);
  const step = Math.max(1, Math.floor(files.length / STORY_SAMPLE));
  let best = { path: files[0] ?? '', sources: -1 };
  for (let i = 0; i < files.length; i += step) {
    const uri = pathToFileURL(files[i]!).href;
    const story: DocumentStoryResult = await s.request(DocumentStoryRequest, { uri }, 'documentStory');
    const sources = story.story?.sources.length ?? 0;
    if (sources > best.sources) best = { path: files[i]!, sources };
  }
  return best;
}

/** A position on every non-empty line (sentence starts, mostly), for the Compare requests. */
function linePositions(text: string): Position[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: index, character: 0, empty: line.trim() === '' }))
    .filter((p) => !p.empty)
    .map(({ line, character }) => ({ line, character }));
}

/**
 * Times each view's request `VIEW_ROUNDS` times on the article of the largest story in a sample of
 * the workspace. Compare asks for a different line each round, so its answers are not one cached reply.
 */
export async function measureViews(
  s: ViewSession,
  folder: string,
  timed: (run: () => Promise<unknown>) => Promise<number>,
): Promise<ViewSamples> {
  const target = await busiestArticle(s, folder);
  const uri = pathToFileURL(target.path).href;
  const positions = linePositions(readFileSync(target.path, 'utf8'));
  const out: ViewSamples = {
    article: target.path,
    storySources: target.sources,
    ms: { compare: [], timeline: [], sources: [], story: [] },
    rows: { compare: 0, timeline: 0, sources: 0, story: 0 },
  };
  const time = async (view: ViewName, ask: () => Promise<unknown>, rows: (answer: never) => number) => {
    let answer: unknown;
    const ms = await timed(async () => {
      answer = await ask();
    });
    out.ms[view].push(ms);
    out.rows[view] += rows(answer as never);
  };
  for (let round = 0; round < VIEW_ROUNDS; round++) {
    if (round % 2 === 1) await s.edit();
    const position = positions[round % Math.max(1, positions.length)] ?? { line: 0, character: 0 };
    await time(
      'compare',
      () => s.request(CompareRequest, { uri, position }, 'compare'),
      (r: CompareResult) => r.pairs.length,
    );
    await time(
      'timeline',
      () => s.request(TimelineRequest, { uri }, 'timeline'),
      (r: TimelineResult) => r.items.length,
    );
    await time(
      'sources',
      () => s.request(SourceProfilesRequest, { uri }, 'sourceProfiles'),
      (r: SourceProfilesResult) => r.story?.sources.length ?? 0,
    );
    await time(
      'story',
      () => s.request(DocumentStoryRequest, { uri }, 'documentStory'),
      (r: DocumentStoryResult) => r.story?.sources.length ?? 0,
    );
  }
  return out;
}
