/**
 * What every Triangulate webview page shares: escaping of untrusted text, the nonce, the strict
 * Content-Security-Policy and the theme-aware base style. Pure (no `vscode` import), so the pages
 * are tested in plain Node.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Article text is untrusted: every string that reaches a page goes through this. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A fresh nonce per page: only the page's own script and style run. */
export function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

export interface PageParts {
  title: string;
  /** The webview's resource origin (`webview.cspSource`); nothing else may load. */
  cspSource: string;
  nonce: string;
  /** Page-specific CSS (no article text in it). */
  style: string;
  /** Escaped HTML. */
  body: string;
  /** The page's script (no article text in it). */
  script: string;
}

export function page(p: PageParts): string {
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${p.nonce}'`,
    `script-src 'nonce-${p.nonce}'`,
    `img-src ${p.cspSource}`,
    `font-src ${p.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<style nonce="${p.nonce}">${BASE_STYLE}${p.style}</style>
</head>
<body>
${p.body}
<script nonce="${p.nonce}">${p.script}</script>
</body>
</html>`;
}

/** Colours and type from the VS Code theme, so every theme (high contrast too) reads well. */
const BASE_STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 16px; line-height: 1.5; }
h1 { font-size: 1.3em; margin: 12px 0 4px; }
h2 { font-size: 1.1em; margin: 16px 0 6px; }
.muted { color: var(--vscode-descriptionForeground); }
button { font-family: inherit; font-size: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 2px 10px; cursor: pointer; border-radius: 2px; }
button:hover { background: var(--vscode-button-hoverBackground); }
button:focus-visible, a:focus-visible, [tabindex]:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.empty { color: var(--vscode-descriptionForeground); margin-top: 24px; }
`;

/**
 * The one script the pages share: a button or row with `data-open="<n>"` asks the extension to
 * open passage n of the data it holds (the page never sends a URI or text of its own), and
 * Enter/Space on a row acts as a click.
 */
export const OPEN_SCRIPT = `
const vscode = acquireVsCodeApi();
const openOf = (el) => el && el.closest('[data-open]');
document.addEventListener('click', (e) => {
  const target = openOf(e.target);
  if (target) vscode.postMessage({ type: 'open', index: Number(target.dataset.open) });
});
document.addEventListener('keydown', (e) => {
  const target = openOf(e.target);
  if (target && target.tagName !== 'BUTTON' && (e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault();
    vscode.postMessage({ type: 'open', index: Number(target.dataset.open) });
  }
});
`;
