import { timelineLanes } from '../core/brief/timeline';
import type { BriefInputs } from '../core/brief/types';

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
