import { timelineLanes } from '../core/brief/timeline';
import type { BriefInputs } from '../core/brief/types';
import type { IndexedDocument } from '../core/index/workspaceIndex';
import type { Story } from '../core/stories/service';
import type { ServerContext } from './context';

/** The story of a document for the Story, Sources and Timeline views, or the state they show instead. */
export type DocumentStoryState =
  | { state: 'ok'; doc: IndexedDocument; story: Story }
  | { state: 'indexing' | 'notArticle'; doc?: undefined; story?: undefined };

export function storyOfDocument(
  ctx: ServerContext,
  uri: string,
  indexing: boolean,
  isArticle: boolean,
): DocumentStoryState {
  const doc = ctx.fresh(uri);
  if (!doc) return { state: indexing || isArticle ? 'indexing' : 'notArticle' };
  const story = ctx.matches.stories.storyOf(uri);
  return story ? { state: 'ok', doc, story } : { state: 'indexing' };
}

/** Where an article starts (its first sentence), to open it there. */
export function firstSentenceRange(ctx: ServerContext, doc: IndexedDocument) {
  const first = doc.analysis.sentences[0];
  return ctx.lines(doc).range(first?.start ?? 0, first?.end ?? 0);
}

/**
 * Sources the Timeline and Sources views show at most: each one's claims are gathered and drawn. A
 * story of thousands of articles shows the document itself and the earliest-published others; the
 * views say how many were left out.
 */
export const STORY_VIEW_MAX_SOURCES = 40;

/** The document itself, then the earliest-published others, up to `STORY_VIEW_MAX_SOURCES`. */
export function shownSources(inputs: BriefInputs, uris: readonly string[], own: string): string[] {
  if (uris.length <= STORY_VIEW_MAX_SOURCES) return [...uris];
  const others = timelineLanes(inputs, uris)
    .map((l) => l.uri)
    .filter((u) => u !== own)
    .slice(0, STORY_VIEW_MAX_SOURCES - 1);
  return [own, ...others];
}
