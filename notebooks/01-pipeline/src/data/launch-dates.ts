import type { PipelineProject } from "@hnl/data";
import { launchDateLabel, launchDateOrder, parseLaunchDate } from "./launch-date.ts";

export interface LaunchRow {
  [key: string]: string | number | boolean | null;
  /** "Q2 2023", "Q2 2023 or later", "2024 (no quarter)". */
  when: string;
  year: number;
  /** 1 to 4, or null when the text gives a year only. */
  quarter: number | null;
  /** The text says "or later". */
  orLater: boolean;
  projects: number;
}

export interface LaunchDates {
  /** Read dates in time order, one row per label. */
  rows: LaunchRow[];
  byYear: { year: number; projects: number }[];
  read: number;
  /** Of the read dates, those saying "or later". */
  orLater: number;
  blank: number;
  /** Text given but naming no year, with how often each text occurs. */
  unreadable: { text: string; projects: number }[];
  unreadableCount: number;
}

/** Expected launch dates, read from free text by `parseLaunchDate`; every record is counted as read, blank or unreadable. */
export function launchDates(records: readonly PipelineProject[]): LaunchDates {
  const parsed = records.map((r) => parseLaunchDate(r.datesExpectedLaunchDate));
  const rows = new Map<string, LaunchRow & { order: number }>();
  const byYear = new Map<number, number>();
  const unreadable = new Map<string, number>();
  let orLater = 0;
  for (const d of parsed) {
    if (d.status === "read") {
      const when = launchDateLabel(d);
      const row = rows.get(when) ?? { when, year: d.year, quarter: d.quarter, orLater: d.orLater, projects: 0, order: launchDateOrder(d) };
      row.projects += 1;
      rows.set(when, row);
      byYear.set(d.year, (byYear.get(d.year) ?? 0) + 1);
      if (d.orLater) orLater += 1;
    } else if (d.status === "unreadable") unreadable.set(d.text, (unreadable.get(d.text) ?? 0) + 1);
  }
  const unreadableRows = [...unreadable]
    .map(([text, projects]) => ({ text, projects }))
    .sort((a, b) => b.projects - a.projects || a.text.localeCompare(b.text));
  return {
    rows: [...rows.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...r }) => r),
    byYear: [...byYear].sort((a, b) => a[0] - b[0]).map(([year, projects]) => ({ year, projects })),
    read: parsed.filter((d) => d.status === "read").length,
    orLater,
    blank: parsed.filter((d) => d.status === "blank").length,
    unreadable: unreadableRows,
    unreadableCount: unreadableRows.reduce((s, r) => s + r.projects, 0),
  };
}
