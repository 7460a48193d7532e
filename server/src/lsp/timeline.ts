import { storyTimeline, timelineLanes } from '../core/brief/timeline';
import type { TimelineResult } from '../protocol';
import type { ServerContext } from './context';
import { briefInputs } from './sources';
import { shownSources, storyOfDocument } from './storySources';

/** The Timeline view's data: the story of a document in time order, with ranges to open. */
export function timelineOf(
  ctx: ServerContext,
  uri: string,
  indexing: boolean,
  isArticle: boolean,
): TimelineResult {
  const empty = { uri, story: null, lanes: [], items: [] };
  const { state, story } = storyOfDocument(ctx, uri, indexing, isArticle);
  if (!story) return { ...empty, state };
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
