import type { Hover, HoverParams } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { claimHover } from './hoverClaim';
import { entityHover } from './hoverEntity';

/** Hover: on an entity, the entity; elsewhere in a sentence, its claim and who else reports it. */
export function hover(ctx: ServerContext, params: HoverParams): Hover | null {
  return entityHover(ctx, params) ?? claimHover(ctx, params);
}
