/**
 * Maps offsets in the analysed text back to UTF-16 offsets in the original file.
 *
 * The analysed text is assembled from segments. A `copy` segment is a verbatim run of the source
 * (one code unit per code unit); an `atomic` segment stands for a source span that was rewritten
 * (a decoded character reference, a synthetic line break): any offset inside it maps to the
 * span's start, any end inside it to the span's end.
 */
export class OffsetMap {
  private readonly analysisStarts: number[] = [];
  private readonly sourceStarts: number[] = [];
  private readonly sourceEnds: number[] = [];
  private readonly copies: boolean[] = [];
  private length = 0;

  /** Identity map for a text analysed as it is. */
  static identity(length: number): OffsetMap {
    const map = new OffsetMap();
    if (length > 0) map.push(0, length, length, true);
    return map;
  }

  get analysisLength(): number {
    return this.length;
  }

  push(sourceStart: number, sourceEnd: number, analysisLength: number, copy: boolean): void {
    if (analysisLength <= 0) return;
    const n = this.copies.length - 1;
    // Merge adjacent copies to keep the map small on plain text.
    if (copy && n >= 0 && this.copies[n] && this.sourceEnds[n] === sourceStart) {
      this.sourceEnds[n] = sourceEnd;
    } else {
      this.analysisStarts.push(this.length);
      this.sourceStarts.push(sourceStart);
      this.sourceEnds.push(sourceEnd);
      this.copies.push(copy);
    }
    this.length += analysisLength;
  }

  private segmentAt(offset: number): number {
    let lo = 0;
    let hi = this.analysisStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.analysisStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Source offset of the character at analysis offset `offset`. */
  toSourceStart(offset: number): number {
    if (this.copies.length === 0) return 0;
    const i = this.segmentAt(offset);
    return this.copies[i]
      ? this.sourceStarts[i]! + (offset - this.analysisStarts[i]!)
      : this.sourceStarts[i]!;
  }

  /** Source offset just after the character before analysis offset `end` (exclusive end). */
  toSourceEnd(end: number): number {
    if (this.copies.length === 0 || end <= 0) return 0;
    const i = this.segmentAt(end - 1);
    return this.copies[i] ? this.sourceStarts[i]! + (end - this.analysisStarts[i]!) : this.sourceEnds[i]!;
  }

  toSourceRange(start: number, end: number): [number, number] {
    const s = this.toSourceStart(start);
    return [s, Math.max(s, this.toSourceEnd(end))];
  }
}
