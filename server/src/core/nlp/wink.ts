import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let instance: WinkMethods | null = null;

/** The wink-nlp pipeline, loaded once on first use (≈200 ms) and shared by every analysis. */
export function wink(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'negation', 'pos', 'ner']);
  return instance;
}
