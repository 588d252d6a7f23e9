// The decision diagram: the typology's questions as a flow chart drawn as SVG at build time, one
// drawing for a desktop page and one for a phone, wrapped as a figure with its table and CSV.
import { escapeHtml, figureHtml } from "@hnl/charts";
import { TYPOLOGY } from "@hnl/typology";
import { type ContractType, DECISION_STEPS, type DecisionStep } from "./typology-matrix.ts";

const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";
const Q_SIZE = 13;
const T_SIZE = 13;
const LINE = 17;
const PAD = 8;
const GAP = 34;

/** The type's name in words. */
export function typeName(code: ContractType): string {
  return TYPOLOGY.find((t) => t.code === code)?.name ?? code;
}

/**
 * Words wrapped to lines of at most `chars` characters; a hyphenated word too long for a line
 * breaks after its hyphen, and any other word longer than a line keeps its own line.
 */
export function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(/\s+/).flatMap((w) => (w.length > chars && w.includes("-") ? w.split(/(?<=-)/) : [w]));
  for (const word of words) {
    const joined = line === "" ? word : line.endsWith("-") ? `${line}${word}` : `${line} ${word}`;
    if (line !== "" && joined.length > chars) {
      lines.push(line);
      line = word;
    } else line = joined;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Characters of a line in a box `width` px wide at `size` px (DejaVu-like sans: about 0.6 em a character, 0.7 in bold). */
const BOLD = 0.7;
const fit = (width: number, size: number, em = 0.6) => Math.floor((width - 2 * PAD) / (size * em));

/** A line ending in a drawn arrowhead, from (x1, y1) to (x2, y2), horizontal or vertical. */
function arrowLine(x1: number, y1: number, x2: number, y2: number): string {
  const head =
    y1 === y2 ? `${x2},${y2} ${x2 - 8},${y2 - 4.5} ${x2 - 8},${y2 + 4.5}` : `${x2},${y2} ${x2 - 4.5},${y2 - 8} ${x2 + 4.5},${y2 - 8}`;
  const [lx, ly] = y1 === y2 ? [x2 - 7, y2] : [x2, y2 - 7];
  return `<line x1="${x1}" y1="${y1}" x2="${lx}" y2="${ly}" stroke="currentColor" stroke-width="1.5"/><polygon points="${head}" fill="currentColor"/>`;
}

function textLines(lines: readonly string[], x: number, y: number, size: number, weight: number, anchor = "start"): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${y + i * LINE}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="currentColor" text-anchor="${anchor}">${escapeHtml(l)}</text>`,
    )
    .join("");
}

/** The flow chart at `width` px: questions down the left, the type a decisive answer leads to on the right. */
export function decisionSvg(width: number, steps: readonly DecisionStep[] = DECISION_STEPS): string {
  const qWidth = Math.round(width * (width < 480 ? 0.54 : 0.58));
  const arrow = Math.round(width * 0.09);
  const tX = qWidth + arrow;
  const tWidth = width - tX - 1;
  const parts: string[] = [];
  let y = 1;
  steps.forEach((step, i) => {
    const q = wrap(`${i + 1}. ${step.question}`, fit(qWidth, Q_SIZE));
    const right = step.yes !== null ? { answer: "Yes", type: step.yes } : { answer: "No", type: step.no as ContractType };
    const down = step.yes !== null ? "No" : "Yes";
    const t = wrap(typeName(right.type), fit(tWidth, T_SIZE, BOLD));
    const h = Math.max(q.length, t.length) * LINE + 2 * PAD;
    parts.push(
      `<rect x="1" y="${y}" width="${qWidth - 2}" height="${h}" rx="6" fill="none" stroke="currentColor" stroke-opacity="0.55"/>`,
      textLines(q, PAD + 1, y + PAD + Q_SIZE, Q_SIZE, 400),
      arrowLine(qWidth, y + h / 2, tX - 2, y + h / 2),
      textLines([right.answer], qWidth + arrow / 2, y + h / 2 - 5, 12, 700, "middle"),
      `<rect x="${tX}" y="${y}" width="${tWidth}" height="${h}" rx="6" fill="#4c78a8" fill-opacity="0.14" stroke="#4c78a8"/>`,
      textLines(t, tX + PAD, y + h / 2 - ((t.length - 1) * LINE) / 2 + T_SIZE / 2 - 1, T_SIZE, 700),
    );
    const last = i === steps.length - 1;
    y += h;
    if (!last) {
      parts.push(arrowLine(qWidth / 2, y, qWidth / 2, y + GAP - 2), textLines([down], qWidth / 2 + 8, y + GAP / 2 + 5, 12, 700));
      y += GAP;
    } else if (step.no !== null && step.yes !== null) {
      // The last question's other answer: a second type below it.
      const t2 = wrap(typeName(step.no), fit(qWidth, T_SIZE, BOLD));
      const h2 = t2.length * LINE + 2 * PAD;
      parts.push(
        arrowLine(qWidth / 2, y, qWidth / 2, y + GAP - 2),
        textLines(["No"], qWidth / 2 + 8, y + GAP / 2 + 5, 12, 700),
        `<rect x="1" y="${y + GAP}" width="${qWidth - 2}" height="${h2}" rx="6" fill="#4c78a8" fill-opacity="0.14" stroke="#4c78a8"/>`,
        textLines(t2, PAD + 1, y + GAP + PAD + T_SIZE, T_SIZE, 700),
      );
      y += GAP + h2;
    }
  });
  const height = Math.ceil(y + 2);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="hnl-diagram" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Decision diagram: which type of outcomes-based contract">${parts.join("")}</svg>`;
}

/** The decision diagram as a figure: the drawing, its questions as a table and CSV, and where it comes from. */
export function decisionFigure(o: { edition: string }): string {
  const rows = DECISION_STEPS.map((s, i) => ({
    step: i + 1,
    question: s.question,
    if_yes: s.yes === null ? `Question ${i + 2}` : typeName(s.yes),
    if_no: s.no === null ? `Question ${i + 2}` : typeName(s.no),
  }));
  return figureHtml({
    id: "typology-decision",
    title: "Which type of outcomes-based contract is it?",
    description: `Asked in order, ${DECISION_STEPS.length} questions place a contract in one of the ${TYPOLOGY.length - 1} types; the first answer that leads to a type decides. The classifier asks the same questions of each record's fields, and answers Unclassified when the record cannot answer them.`,
    svg: { wide: decisionSvg(640), narrow: decisionSvg(340) },
    rows,
    columns: [
      { field: "step", title: "Question" },
      { field: "question", title: "Asks" },
      { field: "if_yes", title: "If yes" },
      { field: "if_no", title: "If no" },
    ],
    provenance: {
      dataset: "The typology's definitions (Government Outcomes Lab glossary and Beyond impact bonds)",
      snapshot: o.edition,
      rowsUsed: rows.length,
      filters: "questions in the order the classifier's rules apply",
    },
  });
}
