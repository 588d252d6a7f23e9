/** The City of Toronto agency survey as the kit knows it; see datasets/covid-npo-toronto-agency-survey.json. */
export const torontoAgencySurveySource = {
  id: "covid-npo-toronto-agency-survey",
  title: "City of Toronto Agency Survey on COVID-19 Recovery and Rebuild (2020)",
  snapshot:
    "City of Toronto Open Data release, as copied in yujia-wu/COVID-19_recovery_rebuild---agency_survey_analysis at 1c871ca (2021-01-31)",
  schemaVersion: "hnl-covid-npo-toronto-1",
  dir: "covid-npo/toronto_agency_survey_2020",
} as const;
