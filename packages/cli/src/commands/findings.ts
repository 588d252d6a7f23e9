import { isReviewed, type LocatedFinding, listFindings, reviewFinding, withdrawFinding } from "@hnl/report";
import { CliError } from "../cli-error.js";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";

export interface FindingsOptions {
  json: boolean;
  status?: string;
  by?: string;
  on?: string;
  note?: string;
  reason?: string;
}

const STATUSES = ["draft", "reviewed", "withdrawn"] as const;

/** A finding's status as the list shows it: a review whose statement changed since counts as draft. */
function shownStatus(f: LocatedFinding["finding"]): string {
  if (f.status === "reviewed" && !isReviewed(f)) return "draft (changed since review)";
  return f.status;
}

/**
 * `hnl findings list|review|withdraw`: the review workflow of findings. `list` shows every
 * finding with its status; `review F1.2 --by NAME` signs a finding off for its statement as it
 * now reads; `withdraw F1.2 --by NAME --reason TEXT` keeps it in its file and out of every edition.
 */
export async function findings(sub: string | undefined, args: readonly string[], o: FindingsOptions): Promise<number> {
  const root = kitPaths().root;
  if (sub === "list" || sub === undefined) {
    if (o.status !== undefined && !(STATUSES as readonly string[]).includes(o.status))
      throw new CliError(message.badStatus(o.status), message.findingsHint);
    const all = listFindings(root).filter((l) => o.status === undefined || shownStatus(l.finding).startsWith(o.status));
    if (o.json) {
      console.log(
        JSON.stringify(
          all.map((l) => ({ ...l.finding, shownStatus: shownStatus(l.finding), file: l.file })),
          null,
          2,
        ),
      );
      return 0;
    }
    for (const l of all) {
      const f = l.finding;
      const who =
        f.status === "reviewed" && f.review
          ? ` by ${f.review.by} on ${f.review.on}`
          : f.withdrawal
            ? ` by ${f.withdrawal.by} on ${f.withdrawal.on}`
            : "";
      console.log(`${f.id.padEnd(6)} ${`${shownStatus(f)}${who}`.padEnd(44)} ${f.statement}`);
    }
    const count = (s: string) => all.filter((l) => shownStatus(l.finding) === s).length;
    console.log(
      message.findingsCount(all.length, count("reviewed"), all.length - count("reviewed") - count("withdrawn"), count("withdrawn")),
    );
    return 0;
  }
  if (sub !== "review" && sub !== "withdraw") throw new CliError(message.unknownCommand(`findings ${sub}`), message.findingsHint);
  const [id] = args;
  if (id === undefined || args.length !== 1) throw new CliError(message.needFindingId(sub), message.findingsHint);
  if (o.by === undefined || o.by.trim() === "") throw new CliError(message.needReviewer(sub), message.findingsHint);
  if (o.on !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.on)) throw new CliError(message.badDate(o.on), message.findingsHint);
  const signoff = { by: o.by.trim(), ...(o.on === undefined ? {} : { on: o.on }), ...(o.note === undefined ? {} : { note: o.note }) };
  if (sub === "review") {
    const done = reviewFinding(root, id, signoff);
    console.log(message.reviewed(done.finding.id, done.file, signoff.by));
    return 0;
  }
  if (o.reason === undefined || o.reason.trim() === "") throw new CliError(message.needReason, message.findingsHint);
  const done = withdrawFinding(root, id, { ...signoff, reason: o.reason.trim() });
  console.log(message.withdrawn(done.finding.id, done.file));
  return 0;
}
