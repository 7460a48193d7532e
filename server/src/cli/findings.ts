import { FindingService } from '../core/contradictions/service';
import { FINDING_KIND_INFO, type Finding } from '../core/contradictions/types';
import type { WorkspaceIndex } from '../core/index/workspaceIndex';
import { MatchService } from '../core/matching/documentMatches';

export interface JsonContradiction {
  id: string;
  kind: string;
  a: { path: string; start: number; end: number; text: string };
  b: { path: string; start: number; end: number; text: string };
  message: string;
  confidence: number;
}

export interface JsonSingleSource {
  path: string;
  start: number;
  end: number;
  text: string;
  reason: string;
}

export interface WorkspaceFindings {
  contradictions: JsonContradiction[];
  singleSource: JsonSingleSource[];
}

/** Every finding of the workspace: each conflict once (seen from the first source by path). */
export function workspaceFindings(index: WorkspaceIndex): WorkspaceFindings {
  const service = new FindingService(index, new MatchService(index));
  const passage = (p: { uri: string; start: number; end: number }) => {
    const d = index.document(p.uri)!;
    return { path: d.relativePath, start: p.start, end: p.end, text: d.text.slice(p.start, p.end) };
  };
  const contradictions = new Map<string, JsonContradiction>();
  const singleSource: JsonSingleSource[] = [];
  const all: Finding[] = service.all();
  for (const f of all) {
    if (f.kind === 'single-source') {
      singleSource.push({ ...passage(f.a), reason: f.message });
      continue;
    }
    for (const other of f.others) {
      const a = passage(f.a);
      const b = passage(other);
      if (a.path > b.path) continue; // the other side reports the same conflict
      const id = `${f.key}:${a.path}:${a.start}:${b.path}:${b.start}`;
      if (!contradictions.has(id))
        contradictions.set(id, {
          id: f.key,
          kind: f.kind,
          a,
          b,
          message: f.message,
          confidence: f.confidence,
        });
    }
  }
  return {
    contradictions: [...contradictions.values()].sort(
      (x, y) => x.kind.localeCompare(y.kind) || x.a.path.localeCompare(y.a.path) || x.a.start - y.a.start,
    ),
    singleSource,
  };
}

const quote = (s: string, n = 160) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return `“${t.length > n ? `${t.slice(0, n - 1)}…` : t}”`;
};

/** The readable findings report, grouped by kind, with both quotes. */
export function textFindings(f: WorkspaceFindings): string[] {
  const lines: string[] = [];
  const kinds = [...new Set(f.contradictions.map((c) => c.kind))];
  lines.push('', `Contradictions (${f.contradictions.length})`);
  if (f.contradictions.length === 0) lines.push('  none found');
  for (const kind of kinds) {
    const ofKind = f.contradictions.filter((c) => c.kind === kind);
    lines.push(`  ${kind} (${ofKind.length})`);
    for (const c of ofKind) {
      lines.push(
        `    ${c.message}`,
        `      ${c.a.path}: ${quote(c.a.text)}`,
        `      ${c.b.path}: ${quote(c.b.text)}`,
      );
    }
  }
  lines.push('', `Single-source claims (${f.singleSource.length})`);
  for (const s of f.singleSource) lines.push(`  ${s.path}: ${quote(s.text, 120)}`, `    ${s.reason}`);
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
            level: sarifLevel(c.kind),
            message: { text: c.message },
            locations: [location(c.a)],
            relatedLocations: [{ id: 1, ...location(c.b), message: { text: 'conflicting passage' } }],
            partialFingerprints: { triangulateKey: c.id },
            properties: { confidence: c.confidence },
          })),
          ...f.singleSource.map((s) => ({
            ruleId: 'single-source',
            level: 'note',
            message: { text: s.reason },
            locations: [location(s)],
          })),
        ],
      },
    ],
  };
}
