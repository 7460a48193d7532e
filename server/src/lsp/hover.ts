import type { Hover, HoverParams } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { claimHover } from './hoverClaim';
import { entityHover } from './hoverEntity';
import { sourceHover } from './hoverSource';

/**
 * Hover: on an entity, the entity; on a source's title line, the source's profile; elsewhere in a
 * sentence, its claim and who else reports it.
 */
export function hover(ctx: ServerContext, params: HoverParams): Hover | null {
  return entityHover(ctx, params) ?? sourceHover(ctx, params) ?? claimHover(ctx, params);
}
