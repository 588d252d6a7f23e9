/**
 * Marks the tables a phone should show as stacked cards: every body cell gets its column's name
 * (`data-label`, from the table's header row) and a table of four columns or more gets the class
 * `hnl-stack`, which the theme reflows on a narrow screen so no column is hidden off screen.
 * Cells that already name their column keep their label.
 */
export function stackTables(html: string): string {
  return html.replace(/<table\b([^>]*)>([\s\S]*?)<\/table>/g, (whole, attrs: string, inner: string) => {
    const head = /<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(inner)?.[1];
    if (head === undefined) return whole;
    const titles = [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
      (m[1] ?? "")
        .replace(/<[^>]+>/g, "")
        .replace(/\s+/g, " ")
        .trim()
        .replace(/"/g, "&quot;"),
    );
    if (titles.length === 0) return whole;
    const body = inner.replace(/<tbody\b[^>]*>[\s\S]*?<\/tbody>/g, (tbody) =>
      tbody.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/g, (tr) => {
        let i = 0;
        return tr.replace(/<(td|th)\b([^>]*)>/g, (cell, tag: string, cellAttrs: string) => {
          const title = titles[i++];
          if (title === undefined || title === "" || /\bdata-label=/.test(cellAttrs)) return cell;
          return `<${tag} data-label="${title}"${cellAttrs}>`;
        });
      }),
    );
    const stacked =
      titles.length < 4 ? attrs : /\bclass="/.test(attrs) ? attrs.replace(/\bclass="/, 'class="hnl-stack ') : `${attrs} class="hnl-stack"`;
    return `<table${stacked}>${body}</table>`;
  });
}
