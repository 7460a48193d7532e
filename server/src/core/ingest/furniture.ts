/**
 * Page furniture: the lines a saved web page carries around the article (buttons, comment counters,
 * share prompts, newsletter offers). They are not article text and must not yield entities or claims.
 * Only short blocks are tested, so a real sentence that happens to start with "Subscribe" survives.
 */
const FURNITURE_PATTERNS: readonly RegExp[] = [
  /^(close|menu|search|share|print|email|advertisement|advert|sponsored|skip to (main )?content|back to top|read more|see more|show more|load more|continue reading|next|previous)$/i,
  /^\d[\d,.]*\s*(comments?|shares?|views?|likes?|replies|reactions)$/i,
  /^(no |view |show |hide )?comments?( \(\d+\))?$/i,
  /^comment (via|with|on|using) \S+/i,
  /^(share|follow us|like us|find us) (on|via|with) /i,
  /^(you may also like|you might also like|related( articles| posts| stories| news)?|recommended( for you)?|more from\b|most (read|popular|viewed)|trending( now)?|read next|also read|see also)\b/i,
  /^subscribe\b.*\b(e-?mail|newsletter|posts|updates|inbox)\b/i,
  /^(sign up|sign in|log ?in|register|create an account)\b/i,
  /^discover more from\b/i,
  /^(all rights reserved|©|copyright\s)/i,
  /^(we use cookies|this (web)?site uses cookies|accept( all)? cookies)/i,
  /^leave a (comment|reply)\b/i,
  /^comments (are|have been) (closed|disabled|turned off)\.?$/i,
  /^(tags?|filed under|posted in|categories)\s*:/i,
  /^(type your email|enter your email)/i,
];

/** Longer notices a publisher appends to every article (corrections policy, newsletter pitch). */
const NOTICE_PATTERNS: readonly RegExp[] = [
  /^corrections?:\s*if you (are aware|notice|spot|see)\b/i,
  /^(if you (enjoyed|liked) this (article|story)|support (our|independent) journalism)\b/i,
];

const MAX_FURNITURE_LENGTH = 120;
const MAX_NOTICE_LENGTH = 400;

export function isPageFurniture(blockText: string): boolean {
  const text = blockText.trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > MAX_NOTICE_LENGTH) return false;
  if (NOTICE_PATTERNS.some((re) => re.test(text))) return true;
  return text.length <= MAX_FURNITURE_LENGTH && FURNITURE_PATTERNS.some((re) => re.test(text));
}
