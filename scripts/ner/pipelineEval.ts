/**
 * The whole pipeline (rules + tagger + workspace resolution) on held-out documents of the bundle:
 * each document's sentences become lines of a plain-text article, the source file one workspace,
 * and resolved person / organisation / place mentions are compared with the gold spans.
 */
import { join } from 'node:path';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { DATA_DIR, type DataFile } from './config';
import { type CaseVariant, isDevDocument, isHeldOutDocument, readBio, recased, withoutTitles } from './data';
import { Scorer, type Scores, table } from './score';

const TYPE_OF: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place' };

interface Article {
  uri: string;
  text: string;
  /** "start:end:type" of every gold name. */
  gold: string[];
}

function articles(file: DataFile, variant: CaseVariant, dev: boolean): Article[] {
  const out: Article[] = [];
  for (const doc of readBio(join(DATA_DIR, file.name))) {
    if (!(dev ? isDevDocument(file, doc.id) : isHeldOutDocument(file, doc.id))) continue;
    let text = '';
    const gold: string[] = [];
    for (const raw of doc.sentences) {
      const s = withoutTitles(raw);
      let open: { start: number; type: string } | null = null;
      let end = 0;
      const close = () => {
        if (open) gold.push(`${open.start}:${end}:${TYPE_OF[open.type]}`);
        open = null;
      };
      s.words.forEach((w, i) => {
        if (i > 0) text += ' ';
        const tag = s.tags[i]!;
        if (tag === 'O' || tag.startsWith('B-')) close();
        if (tag.startsWith('B-')) open = { start: text.length, type: tag.slice(2) };
        text += recased(w, variant);
        end = text.length;
      });
      close();
      text += '\n';
    }
    out.push({ uri: `mem:///${file.name}/${doc.id}.txt`, text, gold });
  }
  return out;
}

/** Per source and type: exact span + type scores of resolved mentions. */
export function pipelineScores(
  files: readonly DataFile[],
  variant: CaseVariant = 'as-is',
  /** The development fifth instead (for looking at errors without looking at held-out documents). */
  dev = false,
): Record<string, Record<string, Scores>> {
  const scorers = new Map<string, Scorer>();
  for (const file of files) {
    const docs = articles(file, variant, dev);
    if (docs.length === 0) continue;
    const index = new WorkspaceIndex();
    for (const d of docs) index.setDocument(d.uri, d.uri.slice(d.uri.lastIndexOf('/') + 1), d.text);
    const predicted = new Map<string, string[]>();
    for (const e of index.entities()) {
      if (e.type !== 'person' && e.type !== 'organization' && e.type !== 'place') continue;
      for (const m of e.mentions) {
        if (!predicted.has(m.uri)) predicted.set(m.uri, []);
        predicted.get(m.uri)!.push(`${m.start}:${m.end}:${e.type}`);
      }
    }
    const scorer = new Scorer();
    for (const d of docs) {
      scorer.addSpans(d.gold, predicted.get(d.uri) ?? []);
      if (process.env.NER_SHOW_ERRORS) showErrors(d, predicted.get(d.uri) ?? []);
    }
    scorers.set(file.name.replace(/\.bio$/, ''), scorer);
  }
  return table(scorers);
}

/** Wrong and missed spans of one article, for error analysis (NER_SHOW_ERRORS=1). */
function showErrors(d: Article, predicted: string[]): void {
  const text = (s: string) => {
    const [a, b, type] = s.split(':');
    return `${type} ${d.text.slice(Number(a), Number(b))}`;
  };
  const gold = new Set(d.gold);
  const got = new Set(predicted);
  for (const p of predicted) if (!gold.has(p)) console.log(`  wrong   ${text(p)}`);
  for (const g of d.gold) if (!got.has(g)) console.log(`  missed  ${text(g)}`);
}
