/** The SDG reference tables as the kit knows them; see datasets/sdg-reference.json. */
export const sdgReferenceSource = {
  id: "sdg-reference",
  title: "UN Sustainable Development Goals: goals, targets and indicators",
  snapshot:
    "sdg/derived/ built from the UN global indicator framework after the 2025 review (mahnoor-zamir/sdg-framework 94dec48), open-sdg sdg-translations 0cda585, open-sdg chartColors a4bda9d and Esri sdg-api b9ace11",
  schemaVersion: "hnl-sdg-1",
  dir: "sdg/derived",
} as const;
