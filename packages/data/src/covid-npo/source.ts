/** The City of Toronto agency survey as the kit knows it; see datasets/covid-npo-toronto-agency-survey.json. */
export const torontoAgencySurveySource = {
  id: "covid-npo-toronto-agency-survey",
  title: "City of Toronto Agency Survey on COVID-19 Recovery and Rebuild (2020)",
  snapshot:
    "City of Toronto Open Data release of 2020, as copied on 2021-01-31 (commit 1c871ca of a public repository named in the data sources appendix)",
  schemaVersion: "hnl-covid-npo-toronto-1",
  dir: "covid-npo/toronto_agency_survey_2020",
} as const;
