import type { JsonReport } from '../../server/src/cli/report';

type Span = { path: string; start: number; end: number };

/** The profile counts `analyze --json` implies: per claim, its matches, contradictions and single-source findings. */
export function impliedProfiles(json: JsonReport): Map<string, number[]> {
  const claimAt = (p: Span) =>
    json.claims.find((c) => c.path === p.path && c.start <= p.start && p.start < c.end)?.id;
  const published = new Map(json.documents.map((d) => [d.path, d.published]));
  const partners = new Map<string, Set<string>>();
  const conflicts = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, a: string | undefined, b: string | undefined) => {
    if (!a || !b) return;
    m.set(a, (m.get(a) ?? new Set()).add(b));
    m.set(b, (m.get(b) ?? new Set()).add(a));
  };
  for (const m of json.matches) add(partners, claimAt(m.a), claimAt(m.b));
  for (const c of json.contradictions) add(conflicts, claimAt(c.a), claimAt(c.b));
  const onlyHere = new Set(json.singleSource.map((s) => claimAt(s)));
  const pathOf = (id: string) => id.slice(0, id.lastIndexOf('#'));
  const out = new Map<string, number[]>();
  for (const d of json.documents) {
    const claims = json.claims.filter((c) => c.path === d.path);
    const first = claims.filter((c) => {
      const group = [...(partners.get(c.id) ?? [])].map((id) => published.get(pathOf(id)) ?? null);
      const own = published.get(d.path);
      return group.length > 0 && own && group.every((p) => p === null || own <= p);
    });
    out.set(d.path, [
      claims.length,
      claims.filter((c) => [...(partners.get(c.id) ?? [])].some((p) => !conflicts.get(c.id)?.has(p))).length,
      claims.filter((c) => conflicts.has(c.id)).length,
      claims.filter((c) => onlyHere.has(c.id)).length,
      first.length,
    ]);
  }
  return out;
}

/** The sources table of a Markdown report: file → its five counts. */
export function markdownProfiles(md: string): Map<string, number[]> {
  const unescaped = (cell: string) => cell.trim().replace(/\\(.)/g, '$1');
  const rows = md
    .split('\n')
    .filter((l) => /^\| .* \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|$/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(unescaped),
    );
  return new Map(rows.map((r) => [r[1]!, r.slice(3).map(Number)]));
}
