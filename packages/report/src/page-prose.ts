/**
 * The prose of a Framework Markdown page as its source holds it: code blocks, styles and live
 * `${...}` expressions left out, link targets dropped (their text kept). A quick check of a
 * page's own words with `jargonIn`; the build checks the rendered page.
 */
export function pageProse(markdown: string): string {
  return markdown
    .replace(/```js\n[\s\S]*?```/g, " ")
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/\$\{[^}]*\}/g, " ")
    .replace(/\]\([^)]*\)/g, "]");
}
