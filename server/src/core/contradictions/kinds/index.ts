import { antonym } from './antonym';
import { certainty } from './certainty';
import { date } from './date';
import type { Detector } from './detector';
import { negation } from './negation';
import { number } from './number';
import { role } from './role';

/**
 * The detectors of contradictions between two aligned sentences, strongest first: a pair is
 * reported under the first kind that finds a conflict. Adding a kind is one file and one line here.
 */
export const DETECTORS: readonly Detector[] = [role, negation, antonym, number, date, certainty];
