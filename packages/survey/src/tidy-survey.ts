import type { SurveyColumnMap } from "./column-map.js";
import { message } from "./messages.js";
import { SurveyError } from "./survey-error.js";
import type { SurveyItem } from "./survey-item.js";
import type { SurveyRow, TidyAnswer } from "./tidy-answer.js";

/** A survey in tidy form, with what was left out and why. */
export interface TidySurvey {
  /** Every respondent, with whether they reached the end. */
  respondents: { respondent: string; complete: boolean | null }[];
  /** One row per respondent per item (free-text items only with `keepText`). */
  answers: TidyAnswer[];
  /** Columns of the export the codebook does not describe: left out, since nothing says what they hold. */
  uncoded: string[];
  /** Items of the codebook the export lacks. */
  absent: string[];
  /** Free-text (sensitive) items left out. */
  textLeftOut: string[];
}

/**
 * Turns a survey's raw export into tidy form, one row per respondent per item, reading each cell
 * by its item's kind: a tick box is true when ticked, false when another box of its group was
 * ticked (or its "Other, please specify" written in), and null when the respondent answered none
 * of its group (skipped: the export writes the same blank for "not ticked" and "not asked", so a
 * wholly blank group is not read as "no");
 * a choice becomes its option's label; a numeric cell a number.
 *
 * Incomplete responses are kept (`complete` false) with their unanswered items null; free-text
 * items are left out unless `keepText` is set, since they are never published.
 *
 * @example
 * const tidy = tidySurvey(rows, items, torontoColumnMap);
 * tidy.answers[0] // { respondent: "1", complete: true, block: "1", group: "1", item: "1.1", label: "Had to ...", kind: "tick", value: true }
 */
export function tidySurvey(
  rows: readonly SurveyRow[],
  items: readonly SurveyItem[],
  map: SurveyColumnMap,
  options: { keepText?: boolean } = {},
): TidySurvey {
  const columns = new Set(rows.flatMap((r) => Object.keys(r)));
  const need = (column: string, role: string) => {
    if (rows.length > 0 && !columns.has(column)) {
      throw new SurveyError(message.missingColumn(map.survey, column, role), {
        file: `raw export ${map.survey}`,
        hint: message.missingColumnHint,
      });
    }
  };
  need(map.respondent, "respondent ID");
  if (map.complete !== null) need(map.complete.column, "completion flag");

  const system = new Set([map.respondent, ...(map.complete === null ? [] : [map.complete.column])]);
  const described = new Set(items.map((i) => i.column));
  const kept = items.filter((i) => !system.has(i.column) && columns.has(i.column) && (i.kind !== "text" || options.keepText === true));
  const missing = new Set(map.missing);
  const text = (v: string | null | undefined): string | null => {
    const t = v?.trim() ?? "";
    return t === "" || missing.has(t) ? null : t;
  };
  // The boxes answered together, with the group's free-text "Other, please specify": a
  // respondent who only wrote in "Other" answered the question and ticked none of the boxes.
  const groups = new Map<string, SurveyItem[]>();
  const present = items.filter((i) => !system.has(i.column) && columns.has(i.column));
  const tickGroups = new Set(present.filter((i) => i.kind === "tick").map((i) => i.group));
  for (const item of present.filter((i) => (i.kind === "tick" || i.kind === "text") && tickGroups.has(i.group))) {
    groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  }

  const seen = new Set<string>();
  const respondents: TidySurvey["respondents"] = [];
  const answers: TidyAnswer[] = [];
  for (const row of rows) {
    const respondent = text(row[map.respondent]) ?? "";
    if (seen.has(respondent)) {
      throw new SurveyError(message.duplicateRespondent(map.survey, respondent), {
        file: `raw export ${map.survey}`,
        hint: message.duplicateRespondentHint,
      });
    }
    seen.add(respondent);
    const completeText = map.complete === null ? null : text(row[map.complete.column]);
    const complete = map.complete === null ? null : completeText !== null && map.complete.values.includes(completeText);
    respondents.push({ respondent, complete });
    const tick = (item: SurveyItem): boolean | null => {
      const v = text(row[item.column]);
      if (v === null) return null;
      if (item.kind === "text" || map.ticked.includes(v)) return true;
      if (map.notTicked.includes(v)) return false;
      return bad(item, respondent, v, message.expectedTick(map.ticked, map.notTicked));
    };
    const answeredGroups = new Set([...groups].filter(([, members]) => members.some((m) => tick(m) !== null)).map(([g]) => g));
    for (const item of kept) {
      answers.push({
        respondent,
        complete,
        block: item.block,
        group: item.group,
        item: item.code,
        label: item.label,
        kind: item.kind,
        value: readValue(item),
      });
    }

    function readValue(item: SurveyItem): TidyAnswer["value"] {
      const v = text(row[item.column]);
      switch (item.kind) {
        case "tick":
          return answeredGroups.has(item.group) ? tick(item) === true : null;
        case "choice": {
          if (v === null) return null;
          const option = item.options.find((o) => o.code === v || o.label === v);
          return option?.label ?? bad(item, respondent, v, message.expectedChoice(item.options.map((o) => o.code)));
        }
        case "numeric": {
          if (v === null) return null;
          const n = Number(v.replaceAll(",", ""));
          return Number.isFinite(n) ? n : bad(item, respondent, v, message.expectedNumber);
        }
        case "text":
          return v;
      }
    }
  }
  function bad(item: SurveyItem, respondent: string, value: string, expected: string): never {
    throw new SurveyError(message.badValue(map.survey, item.column, respondent, value, expected), {
      file: `raw export ${map.survey}`,
      hint: message.badValueHint,
    });
  }

  return {
    respondents,
    answers,
    uncoded: [...columns].filter((c) => !described.has(c) && !system.has(c)),
    absent: items.filter((i) => !columns.has(i.column) && !system.has(i.column)).map((i) => i.column),
    textLeftOut: options.keepText === true ? [] : items.filter((i) => i.kind === "text" && !system.has(i.column)).map((i) => i.code),
  };
}
