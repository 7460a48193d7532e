/**
 * Scores the committed NER model on the held-out documents of ../shared/data/ner/ (one document in
 * five of every training file, plus wikigold and btc.test, never trained on), per source and per
 * type, exact span + type: the tagger alone, then the whole pipeline (rules + tagger + workspace
 * resolution) on the held-out prose as written and in capitals (an all-caps wire).
 * `npm run eval:ner` follows it with the MEANTIME measure of the pipeline (eval-entities.ts).
 */
import { nerWeights } from '../server/src/core/entities/ner/tagger';
import { caseTablesOf } from '../server/src/core/entities/ner/truecase';
import { FILES } from './ner/config';
import { loadCorpus } from './ner/data';
import { errorClasses, errorNames, formatErrors } from './ner/errors';
import { heldOutScores, predictLabels } from './ner/heldOut';
import { pipelineScores } from './ner/pipelineEval';
import { formatTable } from './ner/score';

const started = performance.now();
const weights = nerWeights();
const { heldOut } = loadCorpus(FILES, { augment: false, heldOutOnly: true, cases: caseTablesOf(weights) });
console.log(`## Tagger alone, held-out documents (${heldOut.length} sentences)\n`);
console.log(formatTable(heldOutScores(heldOut, weights)));
console.log('\n## Tagger errors on wikigold (never trained on)\n');
const wikigold = heldOut.filter((e) => e.source === 'wikigold');
console.log(formatErrors(errorClasses(wikigold, (e) => predictLabels(e, weights))));
console.log('\n## The names most often behind those errors\n');
console.log(
  formatErrors(
    errorNames(wikigold, (e) => predictLabels(e, weights)),
    30,
    'error: name',
  ),
);
const prose = FILES.filter((f) => f.prose);
console.log('\n## Whole pipeline, held-out prose documents\n');
console.log(formatTable(pipelineScores(prose)));
console.log('\n## Whole pipeline, the same documents in capitals\n');
console.log(formatTable(pipelineScores(prose, 'upper')));
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
