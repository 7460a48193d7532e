import { isPageFurniture } from './furniture';
import { OffsetMap } from './offsetMap';

export type BlockKind = 'paragraph' | 'heading';

/** A paragraph or heading of the analysed text (analysis offsets, end exclusive). */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** Heading level (1 = headline); 0 for paragraphs. */
  level: number;
}

interface Piece {
  sourceStart: number;
  sourceEnd: number;
  text: string;
  copy: boolean;
}

export interface AssembledText {
  text: string;
  map: OffsetMap;
  blocks: Block[];
  /** Short descriptions of what was left out (page furniture, duplicates). */
  omitted: string[];
}

/**
 * Builds the analysed text block by block while recording where every character came from.
 * Blocks are separated by a blank line so sentence splitting never crosses them; furniture
 * and immediate duplicates (a headline repeated by the page template) are dropped whole.
 */
export class TextAssembler {
  private readonly parts: string[] = [];
  private readonly map = new OffsetMap();
  private readonly blocks: Block[] = [];
  private readonly omitted: string[] = [];
  private pieces: Piece[] = [];
  private kind: BlockKind = 'paragraph';
  private level = 0;
  private previousBlockText = '';

  /** Starts a block, closing the current one. */
  open(kind: BlockKind, level = 0): void {
    this.close();
    this.kind = kind;
    this.level = level;
  }

  /** Appends a verbatim run of the source. */
  copy(sourceStart: number, text: string): void {
    if (text.length > 0)
      this.pieces.push({ sourceStart, sourceEnd: sourceStart + text.length, text, copy: true });
  }

  /** Appends text that stands for the source span [sourceStart, sourceEnd) as a whole. */
  replace(sourceStart: number, sourceEnd: number, text: string): void {
    if (text.length > 0) this.pieces.push({ sourceStart, sourceEnd, text, copy: false });
  }

  get hasContent(): boolean {
    return this.pieces.length > 0;
  }

  /** Ends the current block; text appended afterwards is a paragraph until a block is opened. */
  close(): void {
    const pieces = this.pieces;
    const kind = this.kind;
    const level = kind === 'heading' ? this.level : 0;
    this.pieces = [];
    // A heading never outlives its line: without this, the body after `# Headline` was a heading.
    this.kind = 'paragraph';
    this.level = 0;
    if (pieces.length === 0) return;
    const blockText = pieces.map((p) => p.text).join('');
    const normalized = blockText.trim().replace(/\s+/g, ' ');
    if (normalized.length === 0) return;
    if (isPageFurniture(normalized)) {
      this.omitted.push(`page furniture: “${truncate(normalized)}”`);
      return;
    }
    if (normalized === this.previousBlockText) {
      this.omitted.push(`repeated block: “${truncate(normalized)}”`);
      return;
    }
    this.previousBlockText = normalized;
    if (this.blocks.length > 0) this.separator(pieces[0]!.sourceStart);
    const start = this.map.analysisLength;
    for (const p of pieces) {
      this.parts.push(p.text);
      this.map.push(p.sourceStart, p.sourceEnd, p.text.length, p.copy);
    }
    const lead = blockText.length - blockText.trimStart().length;
    const trail = blockText.length - blockText.trimEnd().length;
    this.blocks.push({ start: start + lead, end: this.map.analysisLength - trail, kind, level });
  }

  private separator(at: number): void {
    this.parts.push('\n\n');
    this.map.push(at, at, 2, false);
  }

  finish(): AssembledText {
    this.close();
    return { text: this.parts.join(''), map: this.map, blocks: this.blocks, omitted: this.omitted };
  }
}

function truncate(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
