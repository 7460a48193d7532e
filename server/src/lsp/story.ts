import { sourceName } from '../core/contradictions/sources';
import type { DocumentStoryResult, StorySource } from '../protocol';
import type { ServerContext } from './context';
import { firstSentenceRange, storyOfDocument } from './storySources';

/** The data of the Story view for one document: its story's label and other sources. */
export function documentStory(
  ctx: ServerContext,
  uri: string,
  indexing: boolean,
  isArticle: boolean,
): DocumentStoryResult {
  const { state, story } = storyOfDocument(ctx, uri, indexing, isArticle);
  if (!story) return { uri, state, story: null };
  const sources = story.uris
    .filter((u) => u !== uri)
    .flatMap((u): StorySource[] => {
      const other = ctx.index.document(u);
      if (!other) return [];
      return [
        {
          uri: u,
          source: sourceName(ctx.index, u),
          title: ctx.index.label(u),
          published: other.analysis.metadata.published,
          range: firstSentenceRange(ctx, other),
        },
      ];
    });
  return { uri, state: 'ok', story: { id: story.id, label: story.label, sources } };
}
