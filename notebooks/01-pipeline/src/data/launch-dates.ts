import type { PipelineProject } from "@hnl/data";
import { parseLaunchDate } from "./launch-date.ts";
import type { PipelineVariables } from "./pipeline-variables.ts";

export interface LaunchRow {
  [key: string]: string | number | boolean | null;
  /** The period the expected launch starts in: "Q2 2023", or "2024" when only a year is given. */
  when: string;
  year: number;
  /** 1 to 4, or null when the text gives a year only. */
  quarter: number | null;
  /** First day of the period (ISO date). */
  from: string;
  projects: number;
  /** Of them, how many say "or later" (their range is open-ended). */
  orLater: number;
  /** Of them, how many give the date in the notes rather than the launch-date field. */
  fromNote: number;
}

export interface LaunchDates {
  /** Expected launches by the period they start in, in time order; "Q2 2023 or later" counts under Q2 2023. */
  rows: LaunchRow[];
  byYear: { year: number; projects: number }[];
  /** Records with an expected launch, from the field or the notes. */
  read: number;
  fromField: number;
  fromNote: number;
  /** Of the read dates, those saying "or later". */
  orLater: number;
  /** No date in the field nor the notes, field blank. */
  blank: number;
  /** Text in the field naming no year, with how often each occurs (records whose notes gave a date excluded). */
  unreadable: { text: string; projects: number }[];
  unreadableCount: number;
}

/**
 * Expected launches as date ranges (`PipelineVariables.launch`), counted by the quarter (or year)
 * they start in: "Q2 2023" and "Q2 2023 or later" are one category, the "or later" counted within
 * it. Every record is counted as read, blank or unreadable.
 */
export function launchDates(records: readonly PipelineProject[], variables: readonly PipelineVariables[]): LaunchDates {
  const rows = new Map<string, LaunchRow>();
  const byYear = new Map<number, number>();
  const unreadable = new Map<string, number>();
  let blank = 0;
  records.forEach((r, i) => {
    const l = variables[i]?.launch ?? null;
    if (l === null) {
      const d = parseLaunchDate(r.datesExpectedLaunchDate);
      if (d.status === "unreadable") unreadable.set(d.text, (unreadable.get(d.text) ?? 0) + 1);
      else blank += 1;
      return;
    }
    const v = l.value;
    const row = rows.get(v.label) ?? {
      when: v.label,
      year: v.year,
      quarter: v.quarter,
      from: v.from,
      projects: 0,
      orLater: 0,
      fromNote: 0,
    };
    row.projects += 1;
    if (v.orLater) row.orLater += 1;
    if (l.from === "note") row.fromNote += 1;
    if (v.from < row.from) row.from = v.from;
    rows.set(v.label, row);
    byYear.set(v.year, (byYear.get(v.year) ?? 0) + 1);
  });
  const list = [...rows.values()].sort((a, b) => a.from.localeCompare(b.from) || a.when.localeCompare(b.when));
  const unreadableRows = [...unreadable]
    .map(([text, projects]) => ({ text, projects }))
    .sort((a, b) => b.projects - a.projects || a.text.localeCompare(b.text));
  const read = list.reduce((n, r) => n + r.projects, 0);
  const fromNote = list.reduce((n, r) => n + r.fromNote, 0);
  return {
    rows: list,
    byYear: [...byYear].sort((a, b) => a[0] - b[0]).map(([year, projects]) => ({ year, projects })),
    read,
    fromField: read - fromNote,
    fromNote,
    orLater: list.reduce((n, r) => n + r.orLater, 0),
    blank,
    unreadable: unreadableRows,
    unreadableCount: unreadableRows.reduce((s, r) => s + r.projects, 0),
  };
}
