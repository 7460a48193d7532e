/**
 * Scores the committed NER model on the held-out documents of ../shared/data/ner/ (one document in
 * five of every training file, plus wikigold and btc.test, never trained on), per source and per
 * type, exact span + type; then the same held-out prose in capitals (an all-caps wire).
 * `npm run eval:ner` follows it with the MEANTIME measure of the whole pipeline (eval-entities.ts).
 */
import { nerWeights } from '../server/src/core/entities/ner/tagger';
import { FILES } from './ner/config';
import { loadCorpus } from './ner/data';
import { heldOutScores } from './ner/heldOut';
import { formatTable } from './ner/score';

const started = performance.now();
const weights = nerWeights();
const asWritten = loadCorpus(FILES, { augment: false, heldOutOnly: true });
console.log(`Held-out documents, tagger alone, exact span + type (${asWritten.heldOut.length} sentences)\n`);
console.log(formatTable(heldOutScores(asWritten.heldOut, weights)));
const prose = FILES.filter((f) => f.prose);
const upper = loadCorpus(prose, { augment: false, heldOutOnly: true, heldOutVariant: 'upper' });
console.log('\nThe same held-out prose in capitals\n');
const upperScores = heldOutScores(upper.heldOut, weights);
console.log(formatTable({ prose: upperScores.prose! }));
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
