/** Every sentence @hnl/report shows a person, as functions, so tests can assert them exactly. */
export const message = {
  badManifest: (file: string, detail: string): string => `${file} is not a valid notebook manifest: ${detail}`,
  badManifestHint: 'A notebook\'s notebook.json needs at least {"slug": "...", "title": "..."}; the slug must match the folder name.',
  slugMismatch: (file: string, slug: string, folder: string): string => `${file} says slug "${slug}" but the folder is "${folder}".`,
  noPages: (slug: string): string => `Notebook ${slug} has no pages: expected at least src/index.md.`,
  unknownNotebook: (slug: string, known: readonly string[]): string =>
    `There is no notebook "${slug}". Notebooks: ${known.join(", ") || "none"}.`,
  missingSite: (dir: string): string => `No built site at ${dir}. Run pnpm build first.`,
} as const;
