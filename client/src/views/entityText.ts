import { counted } from '../../../server/src/core/counted';
import type { EntitySummary } from '../../../server/src/protocol';

/** "person · 9 mentions in 1 source": the entity line of the Entities view and Find Entity. */
export function entityCounts(e: Pick<EntitySummary, 'type' | 'mentions' | 'sources'>): string {
  return `${e.type} · ${counted(e.mentions, 'mention')} in ${counted(e.sources, 'source')}`;
}
