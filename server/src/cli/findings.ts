import { pairFindings } from '../core/brief/findingPairs';
import { applyReviews, EMPTY_REVIEWS, type Reviews } from '../core/contradictions/reviews';
import { FindingService } from '../core/contradictions/service';
import { FINDING_KIND_INFO } from '../core/contradictions/types';
import type { WorkspaceIndex } from '../core/index/workspaceIndex';
import { MatchService } from '../core/matching/documentMatches';

export interface JsonContradiction {
  id: string;
  kind: string;
  a: { path: string; start: number; end: number; text: string };
  b: { path: string; start: number; end: number; text: string };
  message: string;
  confidence: number;
  /** Marked reviewed in `.triangulate/reviews.json` (dismissed ones are not reported). */
  reviewed: boolean;
}

export interface JsonSingleSource {
  /** The finding's key, as `.triangulate/reviews.json` records decisions on it. */
  id: string;
  path: string;
  start: number;
  end: number;
  text: string;
  reason: string;
  reviewed: boolean;
}

export interface WorkspaceFindings {
  contradictions: JsonContradiction[];
  singleSource: JsonSingleSource[];
  anachronisms: JsonSingleSource[];
}

/**
 * Every finding of the workspace with the analyst's reviews applied as the editor applies them
 * (dismissed ones dropped, ignored kinds dropped per file, reviewed ones marked): each conflict
 * once, seen from the first source by path unless that side is ignored there.
 */
export function workspaceFindings(
  index: WorkspaceIndex,
  reviews: Reviews = EMPTY_REVIEWS,
): WorkspaceFindings {
  const service = new FindingService(index, new MatchService(index));
  const passage = (p: { uri: string; start: number; end: number }) => {
    const d = index.document(p.uri)!;
    return { path: d.relativePath, start: p.start, end: p.end, text: d.text.slice(p.start, p.end) };
  };
  // Both passes first: a document checked early learns of later documents' conflicts.
  const all = service.allByDocument();
  const paired = pairFindings(index, (uri) =>
    applyReviews(all.get(uri) ?? [], reviews, index.document(uri)!.relativePath),
  );
  const contradictions = paired.conflicts.map(({ finding, a, b, message }): JsonContradiction => {
    const { key, kind, confidence, reviewed } = finding;
    return { id: key, kind, a: passage(a), b: passage(b), message, confidence, reviewed };
  });
  const oneSided = (f: (typeof paired.singleSource)[number]): JsonSingleSource => ({
    id: f.key,
    ...passage(f.a),
    reason: f.message,
    reviewed: f.reviewed,
  });
  const singleSource = paired.singleSource.map(oneSided);
  const anachronisms = paired.anachronisms.map(oneSided);
  return {
    contradictions: contradictions.sort(
      (x, y) => x.kind.localeCompare(y.kind) || x.a.path.localeCompare(y.a.path) || x.a.start - y.a.start,
    ),
    singleSource,
    anachronisms,
  };
}

const quote = (s: string, n = 160) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return `“${t.length > n ? `${t.slice(0, n - 1)}…` : t}”`;
};

/** A reviewed finding says so, as in the Problems panel. */
const withReview = (message: string, reviewed: boolean) => (reviewed ? `${message} (reviewed)` : message);

/** Conflicts of one kind told once each: a source that repeats a sentence repeats its conflict. */
function toldOnce(conflicts: JsonContradiction[]): Array<{ c: JsonContradiction; times: number }> {
  const told = new Map<string, { c: JsonContradiction; times: number }>();
  for (const c of conflicts) {
    const same = [c.a.path, c.a.text, c.b.path, c.b.text, c.message].join('\u0000');
    const seen = told.get(same);
    if (seen) seen.times++;
    else told.set(same, { c, times: 1 });
  }
  return [...told.values()];
}

/** The readable findings report, grouped by kind, with both quotes; `labelOf` names a source by its path. */
export function textFindings(f: WorkspaceFindings, labelOf: (path: string) => string = (p) => p): string[] {
  const lines: string[] = [];
  const kinds = [...new Set(f.contradictions.map((c) => c.kind))];
  const byKind = kinds.map((kind) => ({
    kind,
    told: toldOnce(f.contradictions.filter((c) => c.kind === kind)),
  }));
  lines.push('', `Contradictions (${byKind.reduce((n, k) => n + k.told.length, 0)})`);
  if (f.contradictions.length === 0) lines.push('  none found');
  for (const { kind, told } of byKind) {
    lines.push(`  ${kind} (${told.length})`);
    for (const { c, times } of told) {
      const repeated = times > 1 ? ` (${times} times: the sentences recur in these sources)` : '';
      lines.push(
        `    ${withReview(c.message, c.reviewed)}${repeated}`,
        `      ${labelOf(c.a.path)}: ${quote(c.a.text)}`,
        `      ${labelOf(c.b.path)}: ${quote(c.b.text)}`,
      );
    }
  }
  lines.push('', `Single-source claims (${f.singleSource.length})`);
  for (const s of f.singleSource)
    lines.push(`  ${labelOf(s.path)}: ${quote(s.text, 120)}`, `    ${withReview(s.reason, s.reviewed)}`);
  // Only when there are some: most stories name no office holder out of term.
  if (f.anachronisms.length > 0) lines.push('', `Anachronisms (${f.anachronisms.length})`);
  for (const s of f.anachronisms)
    lines.push(`  ${labelOf(s.path)}: ${quote(s.text, 120)}`, `    ${withReview(s.reason, s.reviewed)}`);
  return lines;
}

/** SARIF's level for a kind: its default severity (information is a note). */
function sarifLevel(kind: string): 'warning' | 'note' {
  return FINDING_KIND_INFO.find((k) => k.kind === kind)?.severity === 'warning' ? 'warning' : 'note';
}

/** SARIF 2.1.0, so findings can feed other review tools. */
export function sarif(index: WorkspaceIndex, f: WorkspaceFindings): unknown {
  const byPath = new Map(index.documents().map((d) => [d.relativePath, d.text]));
  const region = (p: { path: string; start: number; end: number }) => {
    const text = byPath.get(p.path) ?? '';
    const before = text.slice(0, p.start);
    const line = before.split('\n').length;
    const column = p.start - before.lastIndexOf('\n');
    return { startLine: line, startColumn: column, charOffset: p.start, charLength: p.end - p.start };
  };
  const location = (p: { path: string; start: number; end: number }) => ({
    physicalLocation: { artifactLocation: { uri: p.path, uriBaseId: 'SRCROOT' }, region: region(p) },
  });
  const rules = FINDING_KIND_INFO.map((k) => ({
    id: k.kind,
    shortDescription: { text: k.summary },
    defaultConfiguration: { level: sarifLevel(k.kind) },
  }));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'Triangulate', version: '0.1.0', rules } },
        columnKind: 'utf16CodeUnits',
        results: [
          ...f.contradictions.map((c) => ({
            ruleId: c.kind,
            // Reviewed findings are demoted, as the editor greys them out.
            level: c.reviewed ? 'note' : sarifLevel(c.kind),
            message: { text: withReview(c.message, c.reviewed) },
            locations: [location(c.a)],
            relatedLocations: [{ id: 1, ...location(c.b), message: { text: 'conflicting passage' } }],
            partialFingerprints: { triangulateKey: c.id },
            properties: { confidence: c.confidence, reviewed: c.reviewed },
          })),
          ...[['single-source', f.singleSource] as const, ['anachronism', f.anachronisms] as const].flatMap(
            ([ruleId, list]) =>
              list.map((s) => ({
                ruleId,
                level: 'note',
                message: { text: withReview(s.reason, s.reviewed) },
                locations: [location(s)],
                partialFingerprints: { triangulateKey: s.id },
                properties: { reviewed: s.reviewed },
              })),
          ),
        ],
      },
    ],
  };
}
