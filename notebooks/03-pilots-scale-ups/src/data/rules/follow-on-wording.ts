// The words with which a project says it follows or scales up an earlier one, or that it is a pilot.

/** Cues read in a project's name and alternative names. */
const NAME_CUES: readonly RegExp[] = [
  /\bscal(?:e|ing)[- ]?ups?\b/i,
  /\bat scale\b/i,
  /(?<![\p{L}\p{N}])(?:II|III|IV|2\.0)(?![\p{L}\p{N}])/u,
  /\bphase (?:2|ii|two)\b/i,
];

/** Cues read in notes and descriptions: only phrases that say the project follows another. */
const TEXT_CUES: readonly RegExp[] = [
  /\bscal(?:e|ing)[- ]up of\b/i,
  /\bbuilds? on (?:the |an |a )?(?:previous|earlier|first|existing) [\p{L} ]{0,40}?(?:sib|sibs|impact bonds?|projects?|pilots?)\b/iu,
  /\b(?:second|third|next) (?:phase|round|cohort|wave|contract) of\b/i,
  /\bfollow[- ]on (?:from|to|of)\b/i,
  /\bsuccessor (?:of|to)\b/i,
  /\breplicat(?:es|ing|ion of) (?:the |an |a )?(?:previous|earlier|first|successful)\b/i,
  /\bexpan(?:sion|ds?|ded|ding) (?:of |on )?(?:the |an |a )?(?:previous|earlier|first|pilot|successful)\b/i,
];

/**
 * Cues that a project calls itself a pilot: not "to pilot a measure", not "the pilot
 * territories", not "started a pilot in Gaza" (a pilot somewhere else, inside the project).
 */
const PILOT_CUES: readonly RegExp[] = [/\bpilot\b/i];
const PILOT_TEXT_CUES: readonly RegExp[] = [
  /\b(?:this|the|a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,2}pilots?\b(?!\s+(?:in\b|territor|area|site|region|municipalit))/iu,
];

const firstMatch = (cues: readonly RegExp[], texts: readonly string[]): string | null => {
  for (const t of texts) {
    for (const cue of cues) {
      const m = cue.exec(t);
      if (m !== null) return m[0];
    }
  }
  return null;
};

/**
 * The phrase with which a project says it follows, extends or scales up an earlier one, or null:
 * "II", "2.0", "scale-up", "at scale" or "phase 2" in its names; "builds on previous SIBs",
 * "second phase of", "follow-on from", "expansion of the pilot", ... in its notes.
 *
 * @example
 * followOnWording("Finland Children's Welfare SIB II", null, []) // "II"
 */
export function followOnWording(name: string, alternativeNames: string | null, texts: readonly string[]): string | null {
  return firstMatch(NAME_CUES, [name, ...(alternativeNames === null ? [] : [alternativeNames])]) ?? firstMatch(TEXT_CUES, texts);
}

/**
 * The phrase with which a project calls itself a pilot, or null: "pilot" in its names, or "this
 * pilot project", "a two-year pilot", "the IF pilot projects", ... in its notes.
 *
 * @example
 * pilotWording("Ministry of Justice - Japan SIB Pilot", null, []) // "Pilot"
 */
export function pilotWording(name: string, alternativeNames: string | null, texts: readonly string[]): string | null {
  return firstMatch(PILOT_CUES, [name, ...(alternativeNames === null ? [] : [alternativeNames])]) ?? firstMatch(PILOT_TEXT_CUES, texts);
}
