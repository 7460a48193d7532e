import type { WorkspaceIndex } from '../index/workspaceIndex';

/** A source as an analyst names it: outlet and date when known, else its title or file name. */
export function sourceName(index: WorkspaceIndex, uri: string): string {
  const metadata = index.document(uri)?.analysis.metadata;
  const name = metadata?.publisher ?? index.label(uri);
  return metadata?.published ? `${name}, ${metadata.published}` : name;
}
