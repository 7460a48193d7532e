/**
 * Words before a title that move it out of the present: "former President", "the late Pope",
 * "then-Secretary of State", "incoming Prime Minister". A title after one of them is not checked.
 */
export const TIME_SHIFT_WORDS = [
  'former',
  'ex',
  'then',
  'late',
  'onetime',
  'one-time',
  'erstwhile',
  'future',
  'incoming',
  'outgoing',
  'departing',
  'retiring',
  'later',
  'eventual',
  'would-be',
  'soon-to-be',
  'designate',
  'elect',
  'previous',
  'past',
  'earlier',
  'deceased',
  'acting',
  'interim',
  'caretaker',
] as const;

const counts = new Map<string, number>();
for (const w of TIME_SHIFT_WORDS) counts.set(w, (counts.get(w) ?? 0) + 1);
/** Words listed twice (a unit test checks there are none). */
export const duplicateTimeShiftWords = [...counts].filter(([, n]) => n > 1).map(([w]) => w);
