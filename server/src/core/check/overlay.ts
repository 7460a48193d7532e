import type { EntityMention } from '../entities/resolve';
import { resolveDocument } from '../entities/resolve';
import type { DocumentAnalysis } from '../index/analyzeDocument';
import type { IndexReader } from '../index/indexReader';
import type { IndexedDocument, WorkspaceIndex } from '../index/workspaceIndex';

/** The claim's document: never a file, never in the index. */
export const CLAIM_URI = 'triangulate-claim:claim';
/** How the claim's side is named in messages ("‘the claim’: Israel (…)"). */
export const CLAIM_LABEL = 'the claim';

/** First index of a sorted range list whose range contains `offset` (ends included), or -1. */
function containing(ranges: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  return ranges.findIndex((r) => r.start <= offset && offset <= r.end);
}

/**
 * The workspace's index seen with the claim as one more document: the claim's names resolved
 * against the workspace's entities (as a typed document is), and nothing written to the index — no
 * rows, no entities, no generation bump.
 */
export class ClaimOverlay implements IndexReader {
  readonly claim: IndexedDocument;
  private readonly claimMentions: EntityMention[];

  constructor(
    private readonly base: WorkspaceIndex,
    text: string,
    analysis: DocumentAnalysis,
  ) {
    // No outlet, no date: the claim is nobody's report, and is named as the claim.
    const metadata = { title: CLAIM_LABEL, published: null, publisher: null, author: null };
    this.claim = { uri: CLAIM_URI, relativePath: 'claim.txt', text, analysis: { ...analysis, metadata } };
    this.claimMentions = resolveDocument(base.resolution(), {
      uri: CLAIM_URI,
      text,
      sentences: analysis.sentences,
      mentions: analysis.mentions,
    });
  }

  get generation(): number {
    return this.base.generation;
  }

  get fullGeneration(): number {
    return this.base.fullGeneration;
  }

  get typedDocuments(): ReadonlySet<string> {
    return this.base.typedDocuments;
  }

  document(uri: string): IndexedDocument | undefined {
    return uri === CLAIM_URI ? this.claim : this.base.document(uri);
  }

  entities() {
    return this.base.entities();
  }

  entity(id: string) {
    return this.base.entity(id);
  }

  mentionsIn(uri: string): EntityMention[] {
    return uri === CLAIM_URI ? this.claimMentions : this.base.mentionsIn(uri);
  }

  mentionAt(uri: string, offset: number): EntityMention | undefined {
    if (uri !== CLAIM_URI) return this.base.mentionAt(uri, offset);
    return this.claimMentions[containing(this.claimMentions, offset)];
  }

  sentenceAt(uri: string, offset: number): number {
    return uri === CLAIM_URI
      ? containing(this.claim.analysis.sentences, offset)
      : this.base.sentenceAt(uri, offset);
  }

  label(uri: string): string {
    return uri === CLAIM_URI ? CLAIM_LABEL : this.base.label(uri);
  }
}
