import { escapeHtml } from "./escape-html.js";

/**
 * Text made safe to place in a Framework Markdown page's HTML: escaped for HTML, `$` too (so
 * `${…}` in a team name or a title is never run as a page expression) and line breaks as
 * entities (so a blank line never ends the HTML block).
 *
 * @example
 * escapePageText("${alert(1)} <b>") // "&#36;{alert(1)} &lt;b&gt;"
 */
export function escapePageText(s: string): string {
  return escapeHtml(s).replace(/\$/g, "&#36;").replace(/\r?\n/g, "&#10;");
}
