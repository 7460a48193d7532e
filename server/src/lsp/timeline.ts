import { storyTimeline, timelineLanes } from '../core/brief/timeline';
import type { TimelineResult } from '../protocol';
import type { ServerContext } from './context';
import { briefInputs } from './sources';

/**
 * Sources a timeline shows at most: a lane each, and each one's claims gathered. A story of
 * thousands of articles shows the document's own lane and the earliest others; the page says how
 * many were left out.
 */
export const TIMELINE_MAX_SOURCES = 40;

/** The Timeline view's data: the story of a document in time order, with ranges to open. */
export function timelineOf(
  ctx: ServerContext,
  uri: string,
  indexing: boolean,
  isArticle: boolean,
): TimelineResult {
  const empty = { uri, story: null, lanes: [], items: [] };
  const doc = ctx.fresh(uri);
  if (!doc) return { ...empty, state: indexing || isArticle ? 'indexing' : 'notArticle' };
  const story = ctx.matches.stories.storyOf(uri);
  if (!story) return { ...empty, state: 'indexing' };
  const inputs = briefInputs(ctx);
  const shown = shownSources(inputs, story.uris, uri);
  const items = storyTimeline(inputs, shown).map(({ start, end, ...entry }) => {
    const source = ctx.index.document(entry.uri)!;
    return { ...entry, range: ctx.lines(source).range(start, end) };
  });
  return {
    uri,
    state: 'ok',
    story: { id: story.id, label: story.label },
    lanes: timelineLanes(inputs, shown),
    items,
    omitted: story.uris.length - shown.length,
  };
}

/** The document itself, then the earliest-published others, up to `TIMELINE_MAX_SOURCES`. */
export function shownSources(
  inputs: ReturnType<typeof briefInputs>,
  uris: readonly string[],
  own: string,
): string[] {
  if (uris.length <= TIMELINE_MAX_SOURCES) return [...uris];
  const others = timelineLanes(inputs, uris)
    .map((l) => l.uri)
    .filter((u) => u !== own)
    .slice(0, TIMELINE_MAX_SOURCES - 1);
  return [own, ...others];
}
