import { sourceProfiles } from '../core/brief/profile';
import type { SourceProfilesResult } from '../protocol';
import type { ServerContext } from './context';
import { shownSources } from './storySources';

/** The inputs of the brief's profiles, as the server holds them. */
export const briefInputs = (ctx: ServerContext) => ({
  index: ctx.index,
  matches: ctx.matches,
  findings: ctx.findings,
  reviews: ctx.files().reviews.value,
});

/** The Sources view's data: every source of a document's story with its profile, earliest first. */
export function sourceProfilesOf(
  ctx: ServerContext,
  uri: string,
  indexing: boolean,
  isArticle: boolean,
): SourceProfilesResult {
  const doc = ctx.fresh(uri);
  if (!doc) return { uri, state: indexing || isArticle ? 'indexing' : 'notArticle', story: null };
  const story = ctx.matches.stories.storyOf(uri);
  if (!story) return { uri, state: 'indexing', story: null };
  const inputs = briefInputs(ctx);
  const shown = shownSources(inputs, story.uris, uri);
  const sources = sourceProfiles(inputs, shown).map((p) => {
    const source = ctx.index.document(p.uri)!;
    const first = source.analysis.sentences[0];
    return { ...p, range: ctx.lines(source).range(first?.start ?? 0, first?.end ?? 0) };
  });
  const omitted = story.uris.length - shown.length;
  return {
    uri,
    state: 'ok',
    story: { id: story.id, label: story.label, sources, ...(omitted ? { omitted } : {}) },
  };
}
