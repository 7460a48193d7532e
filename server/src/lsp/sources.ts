import { sourceProfiles } from '../core/brief/profile';
import type { SourceProfilesResult } from '../protocol';
import type { ServerContext } from './context';
import { firstSentenceRange, shownSources, storyOfDocument } from './storySources';

/** The inputs of the brief's profiles, as the server holds them. */
export const briefInputs = (ctx: ServerContext) => ({
  index: ctx.index,
  matches: ctx.matches,
  findings: ctx.findings,
  reviews: ctx.reviews(),
});

/** The Sources view's data: every source of a document's story with its profile, earliest first. */
export function sourceProfilesOf(
  ctx: ServerContext,
  uri: string,
  indexing: boolean,
  isArticle: boolean,
): SourceProfilesResult {
  const { state, story } = storyOfDocument(ctx, uri, indexing, isArticle);
  if (!story) return { uri, state, story: null };
  const inputs = briefInputs(ctx);
  const shown = shownSources(inputs, story.uris, uri);
  const sources = sourceProfiles(inputs, shown).map((p) => ({
    ...p,
    range: firstSentenceRange(ctx, ctx.index.document(p.uri)!),
  }));
  const omitted = story.uris.length - shown.length;
  return {
    uri,
    state: 'ok',
    story: { id: story.id, label: story.label, sources, ...(omitted ? { omitted } : {}) },
  };
}
