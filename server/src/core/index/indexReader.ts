import type { WorkspaceIndex } from './workspaceIndex';

/**
 * What conflict detection reads from an index (it never writes): the workspace's index itself, or
 * the index seen with one more document that is not in it (a claim the analyst checks, `core/check/`).
 */
export type IndexReader = Pick<
  WorkspaceIndex,
  | 'generation'
  | 'fullGeneration'
  | 'typedDocuments'
  | 'document'
  | 'entities'
  | 'entity'
  | 'mentionsIn'
  | 'mentionAt'
  | 'sentenceAt'
  | 'label'
>;
