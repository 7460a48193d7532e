import {
  EMPTY_REVIEWS,
  parseReviews,
  REVIEWS_PATH,
  type Reviews,
  serializeReviews,
} from '../core/contradictions/reviews';
import {
  CORRECTIONS_PATH,
  EMPTY_CORRECTIONS,
  type EntityCorrections,
  parseCorrections,
  serializeCorrections,
} from '../core/entities/corrections';
import type { WorkspaceIndex } from '../core/index/workspaceIndex';
import { WorkspaceFile } from './workspaceFile';

/** The analyst's own files in `.triangulate/`: entity corrections and review decisions. */
export class AnalystFiles {
  readonly corrections: WorkspaceFile<EntityCorrections>;
  readonly reviews: WorkspaceFile<Reviews>;

  constructor(rootUri: string | null, report: (problem: string) => void) {
    this.corrections = new WorkspaceFile(
      rootUri,
      {
        path: CORRECTIONS_PATH,
        empty: EMPTY_CORRECTIONS,
        parse: (text) => {
          const { corrections, problems } = parseCorrections(text);
          // A corrupt corrections file applies nothing but may be rewritten from the quick fixes.
          return {
            value: corrections,
            problems,
            usable: !problems.some((p) => p.startsWith('not valid JSON')),
          };
        },
        serialize: serializeCorrections,
      },
      report,
    );
    this.reviews = new WorkspaceFile(
      rootUri,
      {
        path: REVIEWS_PATH,
        empty: EMPTY_REVIEWS,
        parse: (text) => {
          const { reviews, problems, usable } = parseReviews(text);
          return { value: reviews, problems, usable };
        },
        serialize: serializeReviews,
      },
      report,
    );
  }

  async loadAll(index: WorkspaceIndex): Promise<void> {
    index.setCorrections(await this.corrections.load());
    await this.reviews.load();
  }

  /** Reloads the file behind `uri` when it is one of ours; says which one changed. */
  async changed(uri: string, index: WorkspaceIndex): Promise<'corrections' | 'reviews' | null> {
    if (uri === this.corrections.uri || uri.endsWith(`/${CORRECTIONS_PATH}`)) {
      index.setCorrections(await this.corrections.load());
      return 'corrections';
    }
    if (uri === this.reviews.uri || uri.endsWith(`/${REVIEWS_PATH}`)) {
      await this.reviews.load();
      return 'reviews';
    }
    return null;
  }
}
