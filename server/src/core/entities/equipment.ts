import type { Token } from '../nlp/tokenize';
import { gazetteer, nameKey } from './gazetteer';
import {
  EQUIPMENT_HEADS,
  GENERIC_EQUIPMENT_HEADS,
  MILITARY_MODIFIERS,
  NON_DESCRIPTIVE_MODIFIERS,
  STANDALONE_EQUIPMENT,
  UNITS,
} from './lexicon';
import { isAcronym, isModelCode, lower } from './tokens';

export interface EquipmentSpan {
  tokenStart: number;
  tokenEnd: number;
  /** Merge key: modifiers and the head's lemma, lowercase ("155 mm artillery round"). */
  key: string;
  /** Abbreviation defined right after the phrase, with its token index. */
  acronym?: { value: string; token: number };
}

const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB']);

function isHead(t: Token): boolean {
  return (
    (t.pos === 'NOUN' || t.pos === 'PROPN') &&
    (EQUIPMENT_HEADS.has(t.lemma.toLowerCase()) || isModelCode(t.value))
  );
}

function isModifier(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isModelCode(t.value)) return true;
  if (t.pos === 'VERB') return (/-/.test(t.value) || t.value.endsWith('ed')) && !isFiniteVerb(tokens, i);
  if (t.pos === 'NUM') return !!sizeUnitAfter(tokens, i) || isModelNumber(tokens, i);
  return MODIFIER_POS.has(t.pos) && /[\p{L}\p{N}]/u.test(t.value);
}

/** Words after which an "-ed" verb is the sentence's act, not a participle naming the weapon. */
const BEFORE_FINITE_VERB = new Set(['NOUN', 'PROPN', 'PRON', 'AUX', 'PART']);

/**
 * "The Pentagon shipped bombs", "has shipped", "delivered armored vehicles": the verb reports the
 * act ("armored vehicles" and "guided missiles" name the weapon).
 */
function isFiniteVerb(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (after && (after.pos === 'VERB' || after.pos === 'ADJ') && after.value.endsWith('ed')) return true;
  return !!before && BEFORE_FINITE_VERB.has(before.pos);
}

/** "Leopard 2 tanks": a short number after a name is the model, not a count. */
const isModelNumber = (tokens: Token[], i: number): boolean =>
  /^\d{1,3}$/.test(tokens[i]!.value) && tokens[i - 1]?.pos === 'PROPN';

/**
 * The unit after a figure that makes it a size ("155 mm", "2,000-pound"): a count ("1,800
 * bombs", "three jets") is no part of the weapon's name, and the name stops there.
 */
function sizeUnitAfter(tokens: Token[], i: number): string | undefined {
  const next = lower(tokens[i + 1]);
  if (UNITS[next]) return next;
  return joinedHyphen(tokens, i + 1) && UNITS[lower(tokens[i + 2])] ? lower(tokens[i + 2]) : undefined;
}

/** Quantifiers, nationalities and owners are not part of what the weapon is. */
function isNonDescriptive(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const v = t.value.toLowerCase();
  if (NON_DESCRIPTIVE_MODIFIERS.has(v)) return true;
  if (t.pos === 'NUM') return !UNITS[lower(tokens[i + 1])]; // "two jets" but "155 mm rounds"
  if (t.pos === 'PROPN' && !isModelCode(t.value)) {
    const g = gazetteer();
    const key = nameKey(t.value);
    return !!(g.placeOf(key) || g.organizationOf(key) || g.countryOfDemonym(t.value));
  }
  return !!gazetteer().countryOfDemonym(t.value);
}

/** A "-" token written without spaces between two words. */
function joinedHyphen(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.value === '-' && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
}

/**
 * Weapons, aircraft and systems: a noun phrase headed by an equipment noun with a modifier that
 * says which kind ("heavy bombs", "air defense systems"), a model designation ("F-15EX aircraft"),
 * or a head that names equipment on its own ("artillery").
 */
export function findEquipment(tokens: Token[], from: number, to: number): EquipmentSpan[] {
  const spans: EquipmentSpan[] = [];
  for (let h = from; h < to; h++) {
    const head = tokens[h]!;
    if (!isHead(head)) continue;
    const next = tokens[h + 1];
    if (h + 1 < to && next && isHead(next)) continue; // the head is further right
    if (h + 1 < to && next && next.pos === 'NOUN' && !isHead(next)) continue; // "missile defense" + noun
    let s = h;
    for (;;) {
      if (s - 1 >= from && isModifier(tokens, s - 1)) s--;
      else if (s - 2 >= from && joinedHyphen(tokens, s - 1) && isModifier(tokens, s - 2))
        s -= 2; // "precision-guided"
      else break;
    }
    while (s < h && isNonDescriptive(tokens, s)) s++;
    const modifiers = tokens.slice(s, h);
    const headLemma = head.lemma.toLowerCase();
    const modelCode = isModelCode(head.value) || modifiers.some((m) => isModelCode(m.value));
    const military = modifiers.some((m) => MILITARY_MODIFIERS.has(m.value.toLowerCase()));
    const accepted =
      modelCode ||
      (modifiers.length === 0 && STANDALONE_EQUIPMENT.has(headLemma)) ||
      (modifiers.length > 0 && (!GENERIC_EQUIPMENT_HEADS.has(headLemma) || military));
    if (!accepted) continue;
    const key = [
      ...modifiers.map((m) => m.value.toLowerCase()),
      isModelCode(head.value) ? head.value.replace(/s$/, '').toLowerCase() : headLemma,
    ].join(' ');
    const span: EquipmentSpan = { tokenStart: s, tokenEnd: h + 1, key };
    const open = tokens[h + 1];
    const acronym = tokens[h + 2];
    const close = tokens[h + 3];
    if (open?.value === '(' && acronym && isAcronym(acronym.value) && close?.value === ')') {
      span.acronym = { value: acronym.value, token: h + 2 };
    }
    spans.push(span);
  }
  return spans;
}
