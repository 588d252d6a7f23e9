// Short, distinct labels for the projects of one family on the timeline's axis, where a phone
// shows about 24 characters.

/** Words that every impact bond's name may carry and that do not tell two projects apart. */
const GENERIC = /\s*\b(?:Social Impact Bond|Social Benefit Bond|Development Impact Bond|Impact Bond|SIB|DIB)\b/gi;

/** A name without its contract type ("Social Impact Bond", "SIB", ...), spaces tidied. */
export function cleanName(name: string): string {
  return name
    .replace(GENERIC, " ")
    .replace(/\s*[-–]\s+|\s+[-–]\s*/g, " - ")
    .replace(/\s+/g, " ")
    .replace(/\s+([,):])/g, "$1")
    .trim();
}

/** The head of a project name: up to any place or qualifier, without a trailing contract type ("London Homelessness Social Impact Bond (Thames Reach)" gives "London Homelessness"). */
export function nameHead(firstProjectName: string): string {
  const head = firstProjectName.split(/\s[-–—:]\s|[-–—]\s|\s\(|:/)[0] ?? firstProjectName;
  return head.replace(/\s*\b(?:Social Impact Bond|Social Benefit Bond|Development Impact Bond|Impact Bond|SIB|DIB)\s*$/i, "").trim();
}

/**
 * One label per name of a family: the start year, then the name; a name too long to show whole
 * loses the opening of two or more words it shares with another name of the family ("…"), and
 * is cut to `max` characters. Duplicate labels get a running number.
 *
 * @example
 * timelineLabels([
 *   { name: "End of Life Care Integrator (Hillingdon)", year: "2018" },
 *   { name: "End of Life Care Integrator - Sutton", year: "2020" },
 * ]) // ["2018 …(Hillingdon)", "2020 …Sutton"]
 */
export function timelineLabels(items: readonly { name: string; year: string }[], max = 24): string[] {
  const words = items.map((i) => cleanName(i.name).split(" "));
  const seen = new Map<string, number>();
  return items.map((item, n) => {
    const mine = words[n] ?? [];
    let shared = 0;
    words.forEach((other, m) => {
      // A namesake shares everything: cutting it would leave only its last word.
      if (m === n || other.join(" ").toLowerCase() === mine.join(" ").toLowerCase()) return;
      let k = 0;
      while (k < mine.length - 1 && k < other.length && mine[k]?.toLowerCase() === other[k]?.toLowerCase()) k++;
      shared = Math.max(shared, k);
    });
    const whole = mine.join(" ");
    if (whole.length <= max - 5) shared = 0;
    const rest = mine
      .slice(shared >= 2 ? shared : 0)
      .join(" ")
      .replace(/^[-–:,\s]+/, "");
    const text = `${shared >= 2 ? "…" : ""}${rest}`;
    let label = `${item.year} ${text.length > max - 5 ? `${text.slice(0, max - 6).trimEnd()}…` : text}`;
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    if (count > 1) label = `${label} (${count})`;
    return label;
  });
}
