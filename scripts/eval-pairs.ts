/**
 * Short-sentence pairs (SNLI/SICK-like descriptions and news-like statements), written for this
 * project: negation, antonyms, incompatible actions of one subject at one time, swapped roles, and
 * more than 40% hard negatives (paraphrases, compatible details, different subjects, both negated,
 * hedged vs hedged, synonyms, "not only … but also", passive vs active with the same roles).
 * Dev: test/fixtures/sentence-pairs.jsonl. Held-out: test/fixtures/sentence-pairs-heldout.jsonl,
 * written separately with other subjects and vocabulary, and never looked at while tuning.
 * A pair counts as a predicted contradiction when `judgePair` says relation "contradiction".
 *
 * Usage: npm run eval:pairs   (EVAL_SHOW_ERRORS=1 lists the dev set's misses and false alarms)
 */
import { PAIR_KINDS, readPairs, scorePairs } from './eval-pairs-score';

const files = ['test/fixtures/sentence-pairs.jsonl', 'test/fixtures/sentence-pairs-heldout.jsonl'];
for (const file of files) {
  const s = scorePairs(readPairs(file));
  console.log(`## ${file}\n`);
  console.log(
    `${s.pairs} pairs, ${s.negatives} without a contradiction (${Math.round((100 * s.negatives) / s.pairs)}%)\n`,
  );
  console.log('| gold kind | pairs | predicted contradiction | recall |');
  console.log('| --- | --- | --- | --- |');
  for (const kind of PAIR_KINDS) {
    const k = s.perKind[kind]!;
    console.log(`| ${kind} | ${k.gold} | ${k.found} | ${k.recall.toFixed(2)} |`);
  }
  console.log(`| none (hard negatives) | ${s.negatives} | ${s.falseAlarms} | – |`);
  console.log(
    `\ncontradiction precision ${s.precision.toFixed(2)} (${s.correct}/${s.predicted}), recall ${s.recall.toFixed(2)} (${s.correct}/${s.pairs - s.negatives})\n`,
  );
  if (process.env.EVAL_SHOW_ERRORS && file === files[0]) {
    for (const r of s.judged) {
      const says = r.predicted.relation === 'contradiction';
      if (says !== (r.kind !== null))
        console.log(`${r.id} gold ${r.kind} → ${r.predicted.relation}/${r.predicted.kind}: ${r.a} | ${r.b}`);
    }
  }
}
