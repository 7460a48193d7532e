/**
 * Reads the BIO files of the training bundle and turns each sentence into what the tagger sees at
 * run time: wink's tokens of the sentence text, with POS and lemma, and gold labels projected
 * onto them by character offsets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TITLE_HEADS } from '../../server/src/core/entities/lexicon';
import { findNames, TITLE_MODIFIERS } from '../../server/src/core/entities/names';
import { isAllCaps, type NerToken } from '../../server/src/core/entities/ner/features';
import { hashString } from '../../server/src/core/entities/ner/hash';
import { ruleHints } from '../../server/src/core/entities/ner/hints';
import { labelIndex } from '../../server/src/core/entities/ner/labels';
import { type CaseTables, truecasedTokens } from '../../server/src/core/entities/ner/truecase';
import type { Token } from '../../server/src/core/nlp/tokenize';
import { wink } from '../../server/src/core/nlp/wink';
import { random } from '../random';
import { CONFIG, DATA_DIR, type DataFile } from './config';

/** A gold sentence as written in the file. */
export interface GoldSentence {
  words: string[];
  tags: string[];
}

export interface GoldDocument {
  id: string;
  sentences: GoldSentence[];
}

/** A sentence as the tagger sees it: wink tokens and their gold label indexes. */
export interface Example {
  source: string;
  tokens: NerToken[];
  labels: Uint8Array;
  headline: boolean;
  /** An all-caps sentence, its tokens truecased (as at run time). */
  caps: boolean;
  /** The rules' reading of each token, as at run time. */
  hints: Uint8Array;
}

export function readBio(path: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let sentence: GoldSentence = { words: [], tags: [] };
  const flush = () => {
    if (sentence.words.length > 0) docs[docs.length - 1]?.sentences.push(sentence);
    sentence = { words: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# doc ') && !line.includes('\t')) {
      flush();
      docs.push({ id: line.slice(6), sentences: [] });
    } else if (line === '') flush();
    else {
      const tab = line.indexOf('\t');
      sentence.words.push(line.slice(0, tab));
      sentence.tags.push(line.slice(tab + 1));
    }
  }
  flush();
  return docs;
}

/** Held out: one document in CONFIG.heldOutEvery, chosen by a hash of its id. */
export const isHeldOutDocument = (file: DataFile, id: string): boolean =>
  file.role === 'heldOut' ||
  (file.role === 'split' && hashString(`${file.name}:${id}`) % CONFIG.heldOutEvery === 0);

/** The development fifth: held back only when tuning (`--dev`), so held-out documents stay unseen. */
export const isDevDocument = (file: DataFile, id: string): boolean =>
  file.role === 'split' && hashString(`${file.name}:${id}`) % CONFIG.heldOutEvery === 1;

/**
 * Titles are not part of names in this project ("President Joe Biden" → "Joe Biden"), while some
 * sources annotate them inside: strip leading title words from person spans.
 */
export function withoutTitles(s: GoldSentence): GoldSentence {
  const tags = [...s.tags];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 'B-PER') continue;
    let k = i;
    while (k + 1 < tags.length && tags[k + 1] === 'I-PER' && isTitleWord(s.words[k]!)) {
      tags[k] = 'O';
      k++;
    }
    tags[k] = 'B-PER';
  }
  return { words: s.words, tags };
}

const isTitleWord = (w: string): boolean => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);

export type CaseVariant = 'as-is' | 'upper' | 'title';

export function recased(word: string, variant: CaseVariant): string {
  if (variant === 'upper') return word.toUpperCase();
  if (variant === 'title' && /^\p{Ll}{4,}/u.test(word)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** The sentence through wink, gold labels projected onto wink's tokens; truecased if in capitals. */
export function toExample(
  source: string,
  s: GoldSentence,
  variant: CaseVariant,
  cases: CaseTables | null,
): Example {
  const words = s.words.map((w) => recased(w, variant));
  const text = words.join(' ');
  // Character offset where each gold word starts.
  const starts: number[] = [];
  let offset = 0;
  for (const w of words) {
    starts.push(offset);
    offset += w.length + 1;
  }
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const tokens: Token[] = [];
  const labels = new Uint8Array(values.length);
  let at = 0;
  let word = 0;
  let lastWord = -1;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    while (word + 1 < starts.length && starts[word + 1]! <= at) word++;
    const tag = s.tags[word]!;
    const continues = word === lastWord;
    labels[i] = labelIndex(continues && tag.startsWith('B-') ? `I-${tag.slice(2)}` : tag);
    lastWord = word;
    tokens.push({
      start: at,
      end: at + values[i]!.length,
      value: values[i]!,
      pos: pos[i]!,
      lemma: lemmas[i] ?? values[i]!.toLowerCase(),
      negated: false,
    });
    at += values[i]!.length;
  }
  const caps = isAllCaps(tokens, 0, tokens.length);
  const cased = truecasedTokens(tokens, [{ tokenStart: 0, tokenEnd: tokens.length }], [caps], cases);
  const hints = ruleHints(findNames({ tokens: cased, text, from: 0, to: cased.length }), 0, cased.length);
  return { source, tokens: cased, labels, headline: variant === 'title', caps, hints };
}

export interface Corpus {
  train: Example[];
  heldOut: Example[];
}

export interface LoadOptions {
  /** Add the case-augmented copies of training sentences. */
  augment: boolean;
  /** Skip training documents (evaluation only). */
  heldOutOnly?: boolean;
  /** Held-out sentences as they would look in an all-caps wire (evaluation of case robustness). */
  heldOutVariant?: CaseVariant;
  /** Tuning: the development fifth replaces the held-out documents (which are left out entirely). */
  dev?: boolean;
  /** The model's tables for truecasing all-caps sentences. */
  cases: CaseTables | null;
}

/**
 * A truecased copy whose names all came out capitalised. Where truecasing wrote a word of a name
 * in lower case ("Labour party"), the copy would teach the tagger that lower-case words run on
 * inside names, which it then does in running text ("Airbus rival Boeing").
 */
const namesStayCapitalised = (e: Example): boolean =>
  e.tokens.every((t, i) => e.labels[i] === labelIndex('O') || !/^\p{Ll}/u.test(t.value));

/** Whether a document trains the model (not held out, nor the development fifth when tuning). */
export const trainsOn = (file: DataFile, id: string, dev: boolean): boolean =>
  !isHeldOutDocument(file, id) && !(dev && isDevDocument(file, id));

/** Every file of the bundle as examples, split into training and held-out documents. */
export function loadCorpus(files: readonly DataFile[], options: LoadOptions): Corpus {
  const rand = random(CONFIG.seed);
  const corpus: Corpus = { train: [], heldOut: [] };
  for (const file of files) {
    if (file.role === 'excluded') continue;
    const source = file.name.replace(/\.bio$/, '');
    for (const doc of readBio(join(DATA_DIR, file.name))) {
      if (options.dev && isHeldOutDocument(file, doc.id)) continue;
      const heldOut = options.dev ? isDevDocument(file, doc.id) : isHeldOutDocument(file, doc.id);
      for (const raw of doc.sentences) {
        const s = withoutTitles(raw);
        if (heldOut) {
          corpus.heldOut.push(toExample(source, s, options.heldOutVariant ?? 'as-is', options.cases));
          continue;
        }
        if (options.heldOutOnly) continue;
        const example = toExample(source, s, 'as-is', options.cases);
        const repeats = file.prose ? CONFIG.proseRepeats : 1;
        for (let k = 0; k < repeats; k++) corpus.train.push(example);
        if (!options.augment || !file.prose) continue;
        const r = rand();
        if (r < CONFIG.upperCaseShare) {
          const upper = toExample(source, s, 'upper', options.cases);
          if (namesStayCapitalised(upper)) corpus.train.push(upper);
        } else if (r < CONFIG.upperCaseShare + CONFIG.titleCaseShare)
          corpus.train.push(toExample(source, s, 'title', options.cases));
      }
    }
  }
  return corpus;
}
