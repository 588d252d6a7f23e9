/** Every sentence @hnl/report shows a person, as functions, so tests can assert them exactly. */
export const message = {
  badManifest: (file: string, detail: string): string => `${file} is not a valid notebook manifest: ${detail}`,
  badManifestHint: 'A notebook\'s notebook.json needs at least {"slug": "...", "title": "..."}; the slug must match the folder name.',
  slugMismatch: (file: string, slug: string, folder: string): string => `${file} says slug "${slug}" but the folder is "${folder}".`,
  noPages: (slug: string): string => `Notebook ${slug} has no pages: expected at least src/index.md.`,
  unknownNotebook: (slug: string, known: readonly string[]): string =>
    `There is no notebook "${slug}". Notebooks: ${known.join(", ") || "none"}.`,
  missingSite: (dir: string): string => `No built site at ${dir}. Run pnpm build first.`,
  prerenderFailed: (page: string, errors: readonly string[]): string =>
    `Page ${page} failed while its cells ran in Chromium, so it cannot be written as static HTML:\n  ${errors.slice(0, 5).join("\n  ")}\nPreview it (pnpm hnl dev <notebook>) to see the failing cell.`,
  prerenderAbsoluteUrl: (page: string, origin: string): string =>
    `Page ${page} displays a link or image with the build server's address (${origin}); build URLs relative to the page (FileAttachment(...).href) so the site works from any server.`,
  templateLeak: (page: string, word: string, context: string): string =>
    `Page ${page} shows "${word}" to readers: "…${context}…". A value was missing or not formatted when the page was built; fix the expression that prints it.`,
  npmNotInstalled: (name: string, from: string): string =>
    `${name} is not installed for ${from}, so pages cannot use it offline. Add it to @hnl/report's dependencies (pnpm-workspace.yaml catalog) and run pnpm install.`,
  npmWrongVersion: (name: string, installed: string, wanted: string): string =>
    `${name} ${installed} is installed, but Observable Framework loads ${name} ${wanted} exactly. Pin ${name} to ${wanted} in the pnpm-workspace.yaml catalog and run pnpm install.`,
  npmSharedUnknown: (name: string, shared: string): string =>
    `${name} is set to share ${shared}, which is not one of the libraries served offline; add ${shared} to OFFLINE_LIBRARIES (npm-cache.ts) or drop it from ${name}'s shared list.`,
  npmSharedSubpath: (name: string, specifier: string): string =>
    `The offline bundle of ${name} imports ${specifier}, a part of a shared library that is not served on its own; bundle that library into ${name} instead (drop it from the shared list in npm-cache.ts).`,
  npmFileMissing: (name: string, file: string): string =>
    `${name} has no file ${file}: the installed version does not match what the report serves offline (OFFLINE_LIBRARIES in npm-cache.ts).`,
  previewUnknownReference: (kind: "finding" | "figure" | "citation", key: string): string =>
    `Unknown ${kind} "${key}": the build fails on this reference.`,
  previewUnknownReferenceHint: (kind: "finding" | "figure" | "citation"): string =>
    kind === "finding"
      ? "Findings are numbered F<challenge>.<n> in the notebook's findings.json (a withdrawn finding cannot be cited)."
      : kind === "citation"
        ? "Citations use the key of an entry in reports/references.json."
        : "Figures and tables are referred to by their id, on a page of a chapter in this preview.",
  previewUnknownReferenceLog: (page: string, kind: "finding" | "figure" | "citation", key: string): string =>
    `⚠ ${page}: unknown ${kind} "${key}" (shown marked in the preview; the build fails on it).`,
} as const;
