import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SEVERITY, FINDING_KINDS, type SeverityName, type TriangulateSettings } from '../protocol';

export const DEFAULT_SETTINGS: TriangulateSettings = {
  include: [],
  exclude: [],
  maxFileSizeKB: 5120,
  severity: DEFAULT_SEVERITY,
  corpus: { url: '', reviewer: '' },
};

const SEVERITIES = new Set<SeverityName>(['error', 'warning', 'information', 'hint', 'off']);

/** Reads the `triangulate` settings once per change (never per request); bad values fall back to defaults. */
export async function readSettings(connection: Connection): Promise<TriangulateSettings> {
  let s: Partial<TriangulateSettings> | null = null;
  try {
    s = (await connection.workspace.getConfiguration('triangulate')) as Partial<TriangulateSettings> | null;
  } catch {
    return DEFAULT_SETTINGS; // a client without workspace/configuration
  }
  const strings = (v: unknown, fallback: string[]) =>
    Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string') : fallback;
  const severity = { ...DEFAULT_SEVERITY };
  const configured = (s?.severity ?? {}) as Record<string, unknown>;
  for (const kind of FINDING_KINDS) {
    const value = configured[kind];
    if (typeof value === 'string' && SEVERITIES.has(value as SeverityName))
      severity[kind] = value as SeverityName;
  }
  return {
    include: strings(s?.include, DEFAULT_SETTINGS.include),
    exclude: strings(s?.exclude, DEFAULT_SETTINGS.exclude),
    maxFileSizeKB:
      typeof s?.maxFileSizeKB === 'number' && s.maxFileSizeKB > 0
        ? s.maxFileSizeKB
        : DEFAULT_SETTINGS.maxFileSizeKB,
    severity,
    corpus: corpusSettings(s?.corpus),
  };
}

/** `triangulate.corpus.*`: strings, trimmed; anything else is none. */
function corpusSettings(v: unknown): TriangulateSettings['corpus'] {
  const c = (v ?? {}) as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' ? x.trim() : '');
  return { url: text(c.url), reviewer: text(c.reviewer).slice(0, 200) };
}
