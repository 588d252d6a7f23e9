import { resolveReferences, type Target } from "./cross-references.js";
import { escapeHtml } from "./escape-html.js";
import { message } from "./messages.js";
import type { ReferenceTargets } from "./reference-targets.js";

type Kind = "finding" | "figure" | "citation";

/** A reference the preview could not resolve, for the terminal. */
export interface UnknownReference {
  page: string;
  kind: Kind;
  key: string;
}

// Link texts the preview fills in after `resolveReferences`: a figure (numbered in the browser)
// and a reference to nothing, each a marker that cannot occur in a page.
const MARK = "\u0000hnl-preview\u0000";
const MARKED = new RegExp(`<a class="hnl-ref hnl-ref-(\\w+)" href="([^"]*)">${MARK}(\\w+):([^\\u0000]*)${MARK}</a>`, "g");

/** A map that answers every key: the known target, else a marker saying what was asked for. */
class Answering extends Map<string, Target> {
  constructor(
    entries: Iterable<readonly [string, Target]>,
    private readonly kind: Kind,
    private readonly known: boolean,
  ) {
    super(entries);
  }
  override get(key: string): Target {
    return super.get(key) ?? { href: "/", text: `${MARK}${this.known ? "unknown" : this.kind}:${key}${MARK}` };
  }
}

/**
 * A page of the live preview with its references as the build writes them (the build's own
 * `resolveReferences` and `referenceTargets`, so the same link text): `[@F2.1]` and `[@cite:key]`
 * become links; `[@fig:id]` becomes a link the browser script of `previewNumbersScript` numbers
 * ("Figure 2.1"), as the build numbers figures only once they are drawn; a reference to nothing
 * is shown marked, with why, instead of failing the preview (the build fails on it).
 *
 * @example
 * previewReferences("<p>As [@cite:frantz-2020] shows</p>", "/05-csr-sync/index", targets)
 * // '<p>As <a class="hnl-ref hnl-ref-citation" href="../appendix/references.html#frantz-2020">(Frantz, 2020)</a> shows</p>'
 */
export function previewReferences(
  html: string,
  pagePath: string,
  targets: ReferenceTargets,
  onUnknown?: (ref: UnknownReference) => void,
): string {
  const resolved = resolveReferences(html, pagePath, {
    finding: new Answering(targets.finding, "finding", true),
    citation: new Answering(targets.citation, "citation", true),
    figure: new Answering([], "figure", false),
  });
  return resolved.replace(MARKED, (_m, kind: Kind, _href: string, what: string, key: string) => {
    // Where the figure is and its number are known once the browser has drawn the chapter.
    if (what === "figure") return `<a class="hnl-ref hnl-ref-figure" href="#${key}" data-hnl-figure="${key}">[@fig:${key}]</a>`;
    onUnknown?.({ page: pagePath, kind, key });
    return unknownReferenceHtml(kind, key);
  });
}

/** How the preview shows a reference to nothing: marked, the reference as written and why. */
export function unknownReferenceHtml(kind: Kind, key: string): string {
  const written = kind === "finding" ? `[@${key}]` : `[@${kind === "figure" ? "fig" : "cite"}:${key}]`;
  return `<mark class="hnl-ref-unknown" style="background:#fde2e1;color:#8a1c12;padding:0 .2em" title="${escapeHtml(message.previewUnknownReferenceHint(kind))}">${escapeHtml(written)} (${escapeHtml(message.previewUnknownReference(kind, key))})</mark>`;
}

/** The part of markdown-it Framework hands to its `markdownIt` option that the preview uses. */
export interface MarkdownItLike {
  renderer: { render: (tokens: never, options: never, env: never) => string };
}

/**
 * Framework's `markdownIt` option for the live preview: every page Framework renders from
 * Markdown (and a page loader's Markdown) gets its references as `previewReferences` writes
 * them. Framework has no hook after a page is rendered; this is the last step it lets us take.
 * Each unknown reference is told once per page to `onUnknown` (the terminal).
 */
export function previewMarkdownIt(
  targets: ReferenceTargets | (() => ReferenceTargets),
  onUnknown?: (ref: UnknownReference) => void,
): <M extends MarkdownItLike>(md: M) => M {
  const told = new Set<string>();
  const tell = (ref: UnknownReference) => {
    const key = `${ref.page}\u0000${ref.kind}\u0000${ref.key}`;
    if (told.has(key)) return;
    told.add(key);
    onUnknown?.(ref);
  };
  return (md) => {
    const render = md.renderer.render.bind(md.renderer) as (tokens: unknown, options: unknown, env: unknown) => string;
    const wrapped = (tokens: unknown, options: unknown, env: unknown): string => {
      const path = typeof env === "object" && env !== null && "path" in env && typeof env.path === "string" ? env.path : "/index";
      return previewReferences(render(tokens, options, env), path, typeof targets === "function" ? targets() : targets, tell);
    };
    md.renderer.render = wrapped;
    return md;
  };
}
