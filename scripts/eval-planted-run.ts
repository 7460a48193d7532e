/**
 * Runs planted errors through the real core: a topic's workspace is indexed once, then each plant
 * replaces only its document, the findings of that document are collected, and the document is
 * restored. Also counts the findings of the untouched workspace (false alarms).
 */
import { FindingService } from '../server/src/core/contradictions/service';
import { FINDING_KINDS, type Finding, type Passage } from '../server/src/core/contradictions/types';
import { WorkspaceIndex } from '../server/src/core/index/workspaceIndex';
import { MatchService } from '../server/src/core/matching/documentMatches';
import { pairKey, type Workspace } from './eval-planted-data';
import { type Format, type Rendered, render } from './eval-planted-render';

/** Kinds that pit two sources against each other over a claim (name variants are about names). */
export const CONFLICT_KINDS: readonly string[] = FINDING_KINDS.filter(
  (k) => k !== 'single-source' && k !== 'name-variant',
);

export interface Plant {
  id: string;
  kind: string;
  doc: string;
  sid: number;
  partnerDoc: string;
  partnerSid: number;
  original: string;
  planted: string;
  partner: string;
  split: 'dev' | 'heldout';
  /** Real news (MEANTIME's Wikinews topics) or the seeds (a demo, machine-rewritten articles). */
  corpus: 'meantime' | 'seeds';
}

export interface PlantResult {
  plant: Plant;
  format: Format;
  /** Kinds of the findings on the planted sentence that point at the partner sentence. */
  foundKinds: string[];
  /** Conflict findings the plant caused anywhere else in its document. */
  others: Array<{ kind: string; a: string; b: string }>;
}

export interface FalseAlarm {
  kind: string;
  a: string;
  b: string;
}

export interface WorkspaceRun {
  sentences: number;
  falseAlarms: FalseAlarm[];
  nameVariants: number;
  results: PlantResult[];
}

const overlaps = (p: Passage, [start, end]: [number, number]) => p.start < end && p.end > start;

class PlantedWorkspace {
  readonly index = new WorkspaceIndex();
  private readonly findings = new FindingService(this.index, new MatchService(this.index));
  private readonly rendered = new Map<string, Rendered>();

  constructor(
    private readonly workspace: Workspace,
    private readonly format: Format,
  ) {
    for (const article of workspace.articles) this.put(article.id, render(article, format));
  }

  uri = (doc: string) => `${this.workspace.name}/${doc}`;

  private put(doc: string, r: Rendered): void {
    this.rendered.set(doc, r);
    this.index.setDocument(this.uri(doc), r.path, r.text);
  }

  spans(doc: string): Array<[number, number]> {
    return this.rendered.get(doc)!.spans;
  }

  conflicts(doc: string): Finding[] {
    return this.findings.findings(this.uri(doc)).filter((f) => CONFLICT_KINDS.includes(f.kind));
  }

  /** The whole sentence a passage lies in (a finding's passage may be a phrase of it). */
  sentenceText(p: Passage): string {
    const d = this.index.document(p.uri)!;
    const s = d.analysis.sentences[this.index.sentenceAt(p.uri, p.start)];
    return d.text
      .slice(s?.start ?? p.start, s?.end ?? p.end)
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** Conflicts of a document as first indexed: every plant restores that state, so they are reused. */
  private readonly untouched = new Map<string, Finding[]>();
  private untouchedConflicts(doc: string): Finding[] {
    if (!this.untouched.has(doc)) this.untouched.set(doc, this.conflicts(doc));
    return this.untouched.get(doc)!;
  }

  /** The body sentence of `uri` a passage lies in, as "doc#sid". */
  private sentenceKey(p: Passage): string {
    const doc = p.uri.slice(this.workspace.name.length + 1);
    return `${doc}#${this.spans(doc).findIndex((span) => overlaps(p, span))}`;
  }

  /**
   * Each conflict of the untouched workspace once per kind and pair of sentences (the side whose
   * URI sorts first), except the conflicts the workspace is known to hold (the seeds' planted ones).
   */
  falseAlarms(): { alarms: FalseAlarm[]; nameVariants: number } {
    const alarms = new Map<string, FalseAlarm>();
    let nameVariants = 0;
    for (const d of this.index.documents()) {
      for (const f of this.findings.findings(d.uri)) {
        if (f.kind === 'name-variant') nameVariants += f.others.filter((o) => o.uri > d.uri).length;
        if (!CONFLICT_KINDS.includes(f.kind)) continue;
        for (const o of f.others) {
          const pair = pairKey(this.sentenceKey(f.a), this.sentenceKey(o));
          if (o.uri < d.uri || this.workspace.knownConflicts?.has(pair)) continue;
          alarms.set(`${f.kind}|${pair}`, {
            kind: f.kind,
            a: this.sentenceText(f.a),
            b: this.sentenceText(o),
          });
        }
      }
    }
    return { alarms: [...alarms.values()], nameVariants };
  }

  /** Kinds of the conflicts between two sentences (the first's document's findings). */
  private between(
    doc: string,
    sid: number,
    otherDoc: string,
    otherSid: number,
    findings: Finding[],
  ): string[] {
    const here = this.spans(doc)[sid]!;
    const there = this.spans(otherDoc)[otherSid]!;
    const uri = this.uri(otherDoc);
    return findings
      .filter((f) => overlaps(f.a, here) && f.others.some((o) => o.uri === uri && overlaps(o, there)))
      .map((f) => f.kind);
  }

  /**
   * Replaces one sentence of `plant.doc`, collects the document's findings, restores it. A conflict
   * the pair already had before the plant (the seeds have some) does not count as found.
   */
  run(plant: Plant): PlantResult {
    const article = this.workspace.articles.find((a) => a.id === plant.doc)!;
    const untouched = this.untouchedConflicts(plant.doc);
    const before = new Set(this.conflictPairs(untouched));
    const already = this.between(plant.doc, plant.sid, plant.partnerDoc, plant.partnerSid, untouched);
    const original = this.rendered.get(plant.doc)!;
    const body = article.body.map((s, i) => (i === plant.sid ? plant.planted : s));
    this.put(plant.doc, render(article, this.format, body));
    const after = this.conflicts(plant.doc);
    const foundKinds = this.between(plant.doc, plant.sid, plant.partnerDoc, plant.partnerSid, after).filter(
      (k) => !already.includes(k),
    );
    const plantedText = plant.planted.replace(/\s+/g, ' ').trim();
    const partnerText = plant.partner.replace(/\s+/g, ' ').trim();
    // The planted sentence reads as the original did, so its old conflicts are not new ones.
    const others = this.conflictPairs(after)
      .filter((k) => !before.has(k.replace(plantedText, plant.original.replace(/\s+/g, ' ').trim())))
      .map((k) => k.split('\u0000') as [string, string, string])
      .filter(([, a, b]) => !(a === plantedText && b === partnerText))
      .map(([kind, a, b]) => ({ kind, a, b }));
    this.put(plant.doc, original);
    return { plant, format: this.format, foundKinds, others };
  }

  /** Each conflict as "kind, this sentence, other sentence" (one entry per other passage). */
  private conflictPairs(findings: Finding[]): string[] {
    return findings.flatMap((f) =>
      f.others.map((o) => [f.kind, this.sentenceText(f.a), this.sentenceText(o)].join('\u0000')),
    );
  }
}

export function runWorkspace(workspace: Workspace, format: Format, plants: readonly Plant[]): WorkspaceRun {
  const ws = new PlantedWorkspace(workspace, format);
  const sentences = ws.index.documents().reduce((n, d) => n + d.analysis.sentences.length, 0);
  const { alarms, nameVariants } = ws.falseAlarms();
  const results = plants.map((p) => ws.run(p));
  return { sentences, falseAlarms: alarms, nameVariants, results };
}
