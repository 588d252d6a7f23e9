/**
 * The chapter's minimum n: a goal (or a region) resting on fewer outcome metrics (or projects)
 * than this is shown as "too few", with its n, and never ranked or compared.
 */
export const MINIMUM_N = 10;
