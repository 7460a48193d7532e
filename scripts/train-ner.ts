/**
 * Trains the NER tagger on ../shared/data/ner/ and writes models/ner/model.json and model.bin (seeded and
 * deterministic: the same data and code give the same file). Held-out documents (see
 * scripts/ner/config.ts) are scored at the end and the scores recorded in the model file.
 *
 * Usage: npm run train:ner [-- --dev]
 * --dev: for tuning features and settings. Trains without the held-out documents and without a
 * development fifth of the training documents, prints the scores on that fifth, writes nothing
 * (except, with NER_DEV_MODEL_DIR set, the development model there, to look at its errors).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceFeatures } from '../server/src/core/entities/ner/features';
import { weightsFromFile } from '../server/src/core/entities/ner/modelFile';
import { useNerWeights } from '../server/src/core/entities/ner/tagger';
import { caseTablesOf } from '../server/src/core/entities/ner/truecase';
import type { NerWeights } from '../server/src/core/entities/ner/viterbi';
import { buildCaseTable } from './ner/caseTable';
import { buildClusters } from './ner/clusters';
import { CONFIG, FILES, MODEL_PATH, WEIGHTS_PATH } from './ner/config';
import { type Example, loadCorpus, trainsOn } from './ner/data';
import { errorClasses, errorNames, formatErrors } from './ner/errors';
import { heldOutScores, PROSE_SOURCES, predictLabels } from './ner/heldOut';
import { AveragedPerceptron } from './ner/perceptron';
import { pipelineScores } from './ner/pipelineEval';
import { modelVersion } from './ner/provenance';
import { toModelFiles } from './ner/quantise';
import { formatTable } from './ner/score';
import { random } from './random';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const dev = process.argv.includes('--dev');
const { table: clusters, words: clusterWords } = buildClusters();
console.log(`word clusters built (${elapsed()})`);
const cases = buildCaseTable(FILES, (file, id) => trainsOn(file, id, dev), {
  table: clusters,
  words: clusterWords,
});
const corpus = loadCorpus(FILES, { augment: true, dev, cases: { clusters, cases } });
const tokens = corpus.train.reduce((n, e) => n + e.tokens.length, 0);
console.log(
  `${corpus.train.length} training sentences (${tokens} tokens), ${corpus.heldOut.length} held out (${elapsed()})`,
);
const featuresOf = (e: Example) =>
  sentenceFeatures(
    e.tokens,
    0,
    e.tokens.length,
    { headline: e.headline, caps: e.caps, hints: e.hints },
    CONFIG.buckets,
    clusters,
  );
const features = corpus.train.map(featuresOf);
const model = new AveragedPerceptron(CONFIG.buckets, clusters, cases);
const rand = random(CONFIG.seed);
const order = corpus.train.map((_, i) => i);
for (let epoch = 1; epoch <= CONFIG.epochs; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let wrong = 0;
  for (const i of order) {
    const gold = corpus.train[i]!.labels;
    const before = model.predict(features[i]!);
    if (before.some((l, k) => l !== gold[k])) wrong++;
    model.learn(features[i]!, gold);
  }
  console.log(`epoch ${epoch}: ${wrong} of ${order.length} sentences mislabelled (${elapsed()})`);
}

const version = modelVersion();
// Score what is shipped: the quantised weights.
const draft = toModelFiles(model.averaged(), version, {});
const scores = heldOutScores(corpus.heldOut, weightsFromFile(draft.description, draft.bytes));
console.log(formatTable(scores));
if (dev) {
  const weights = weightsFromFile(draft.description, draft.bytes);
  devPipelineScores(weights);
  const prose = corpus.heldOut.filter((e) => PROSE_SOURCES.has(e.source));
  console.log(`\nErrors on the development fifth's prose (gold names)\n`);
  console.log(formatErrors(errorClasses(prose, (e) => predictLabels(e, weights))));
  console.log(`\nThe names most often behind those errors\n`);
  console.log(
    formatErrors(
      errorNames(prose, (e) => predictLabels(e, weights)),
      30,
      'error: name',
    ),
  );
  const dir = process.env.NER_DEV_MODEL_DIR;
  if (dir) {
    writeFileSync(join(dir, 'model.bin'), draft.bytes);
    writeFileSync(join(dir, 'model.json'), JSON.stringify(draft.description));
  }
  console.log(`development scores only, nothing written (${elapsed()})`);
} else {
  writeFileSync(WEIGHTS_PATH, draft.bytes);
  writeFileSync(MODEL_PATH, `${JSON.stringify({ ...draft.description, heldOut: scores })}\n`);
  console.log(`wrote ${MODEL_PATH} and ${WEIGHTS_PATH} (${version.slice(0, 12)}, ${elapsed()})`);
}

/** Tuning: the development fifth in capitals (tagger alone), then through the whole pipeline. */
function devPipelineScores(weights: NerWeights): void {
  const upper = loadCorpus(FILES, {
    augment: false,
    dev: true,
    heldOutOnly: true,
    heldOutVariant: 'upper',
    cases: caseTablesOf(weights),
  });
  console.log(
    `\ntagger alone, development fifth in capitals\n${formatTable(heldOutScores(upper.heldOut, weights))}`,
  );
  useNerWeights(weights);
  const prose = FILES.filter((f) => f.prose && f.role === 'split');
  console.log(`\nwhole pipeline, development fifth\n${formatTable(pipelineScores(prose, 'as-is', true))}`);
  console.log(
    `\nwhole pipeline, development fifth in capitals\n${formatTable(pipelineScores(prose, 'upper', true))}`,
  );
}
