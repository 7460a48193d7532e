import { sourceName } from '../core/contradictions/sources';
import type { DocumentStoryResult, StorySource } from '../protocol';
import type { ServerContext } from './context';

/** The data of the Story view for one document: its story's label and other sources. */
export function documentStory(
  ctx: ServerContext,
  uri: string,
  indexing: boolean,
  isArticle: boolean,
): DocumentStoryResult {
  const doc = ctx.fresh(uri);
  if (!doc) return { uri, state: indexing || isArticle ? 'indexing' : 'notArticle', story: null };
  const story = ctx.matches.stories.storyOf(uri);
  if (!story) return { uri, state: 'indexing', story: null };
  const sources = story.uris
    .filter((u) => u !== uri)
    .flatMap((u): StorySource[] => {
      const other = ctx.index.document(u);
      if (!other) return [];
      const first = other.analysis.sentences[0];
      return [
        {
          uri: u,
          source: sourceName(ctx.index, u),
          title: ctx.index.label(u),
          published: other.analysis.metadata.published,
          range: ctx.lines(other).range(first?.start ?? 0, first?.end ?? 0),
        },
      ];
    });
  return { uri, state: 'ok', story: { id: story.id, label: story.label, sources } };
}
