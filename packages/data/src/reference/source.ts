/** The FRED exchange-rate tables as the kit knows them; see datasets/reference-fx-fred.json. */
export const fxFredSource = {
  id: "reference-fx-fred",
  title: "Foreign exchange rates against the US dollar (US Federal Reserve, via FRED)",
  snapshot: "datasets/exchange-rates commit fa7d949 (automated update of 2026-07-21): yearly.csv and monthly.csv",
  schemaVersion: "hnl-fx-fred-1",
  dir: "reference/fx-fred",
} as const;
