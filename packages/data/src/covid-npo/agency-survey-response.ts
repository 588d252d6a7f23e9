import { z } from "zod";
import { enumCell, textCell } from "../cells.js";
import { staffSizeCell, staffSizeExcelDateCell } from "./staff-size-cell.js";
import { reachedEndCell, respondentCell, tickedCell } from "./survey-cells.js";

/** How the export writes an unanswered question or an unticked item. */
const NA = ["NA"] as const;

// The text of each question with several items, which its items' descriptions begin with.
const Q1 = "1. How has your agency been impacted by the COVID-19 pandemic? Please select all that apply.";
const Q3 =
  "3. Please identify whether your agency needs any of the following supports as the city begins to re-open, as and as we move through recovery and rebuild. For each support you select, please identify whether it is a short-term (0-6 months), medium-term (6-18 months), or long-term (18+ months) priority. If it is not a priority for your agency, please select 'N/A' (Not Applicable).";
const Q5 =
  "5. When it comes to your workplace or agency, what are you thinking about as you consider the post-pandemic approach and economic recovery? Please select all that apply.";
const Q6 = "6. What is needed to help your agency prepare for a potential second wave of COVID-19?";
const Q8 =
  "8. Has your agency identified any specific populations that have been particularly vulnerable to the impacts of COVID-19? If so, please select all that apply from the list below.";
const Q14 = "14. What types of programs or services does your agency provide? Select all that apply.";
const Q16 = "16. Tell us about the specific target population that your agency serves. Please select all that apply:";

/**
 * One response to the City of Toronto's 2020 agency survey on COVID-19 recovery and rebuild: one
 * row of `agency_survey_rawdata.csv`, kept in the survey's own structure.
 *
 * Field names follow the question numbers: `q1_1` is item 1.1 of question 1; question 3 asks for
 * each support (3.1 to 3.11) whether it is a `short`-, `medium`- or `long`-term priority or `na`
 * (`q3_1_short` is column 3.1.1); `q15` is the column the export titles `myLabel`. Each field's
 * `.meta().column` is the exact column title and its description the question and the item.
 *
 * Ticked items are `true` or null; free-text answers, the postal-code fragment (Q13) and the
 * agency name (Q19) are `sensitive`: loaders keep them, the public report never shows them.
 * Generated once from the file's header and `readme_codebook.csv`; edit by hand from now on.
 */
export const AgencySurveyResponse = z
  .object({
    respondent: respondentCell({ column: "Respondent", description: "Respondent ID: the primary key, system generated." }),
    reached_end: reachedEndCell({
      column: "Reached end",
      description: "Reached end (system generated): false marks an incomplete response, which is kept with its unanswered questions null.",
    }),
    q1_1: tickedCell({
      column: "1.1. Had to temporarily close down or adjust services",
      description: `${Q1} — 1.1. Had to temporarily close down or adjust services`,
      missing: NA,
    }),
    q1_2: tickedCell({
      column: "1.2. Moved program and service delivery online",
      description: `${Q1} — 1.2. Moved program and service delivery online`,
      missing: NA,
    }),
    q1_3: tickedCell({
      column: "1.3. Had to increase hours due to increased demand for programs and services",
      description: `${Q1} — 1.3. Had to increase hours due to increased demand for programs and services`,
      missing: NA,
    }),
    q1_4: tickedCell({
      column: "1.4. Remained closed and unable to offer any programs or services",
      description: `${Q1} — 1.4. Remained closed and unable to offer any programs or services`,
      missing: NA,
    }),
    q1_5: tickedCell({
      column: "1.5. Lost funding from program partners or donors",
      description: `${Q1} — 1.5. Lost funding from program partners or donors`,
      missing: NA,
    }),
    q1_6: tickedCell({ column: "1.6. Lost revenue from user fees", description: `${Q1} — 1.6. Lost revenue from user fees`, missing: NA }),
    q1_7: tickedCell({
      column: "1.7. Had to reduce staff work hours",
      description: `${Q1} — 1.7. Had to reduce staff work hours`,
      missing: NA,
    }),
    q1_8: tickedCell({
      column: "1.8. Had to lay off employees due to financial constraints",
      description: `${Q1} — 1.8. Had to lay off employees due to financial constraints`,
      missing: NA,
    }),
    q1_9: tickedCell({ column: "1.9. Hired additional staff", description: `${Q1} — 1.9. Hired additional staff`, missing: NA }),
    q1_10: tickedCell({ column: "1.10. Lost volunteers", description: `${Q1} — 1.10. Lost volunteers`, missing: NA }),
    q1_11: tickedCell({
      column: "1.11. Had employees that contracted COVID-19",
      description: `${Q1} — 1.11. Had employees that contracted COVID-19`,
      missing: NA,
    }),
    q1_12: tickedCell({
      column: "1.12. Had clients that contracted COVID-19",
      description: `${Q1} — 1.12. Had clients that contracted COVID-19`,
      missing: NA,
    }),
    q1_13: tickedCell({
      column: "1.13. Developed new partnerships to continue to deliver programs and services",
      description: `${Q1} — 1.13. Developed new partnerships to continue to deliver programs and services`,
      missing: NA,
    }),
    q1_14: tickedCell({
      column: "1.14. Had to apply to the Canada Emergency Wage Subsidy (CEWS) to maintain staffing levels",
      description: `${Q1} — 1.14. Had to apply to the Canada Emergency Wage Subsidy (CEWS) to maintain staffing levels`,
      missing: NA,
    }),
    q1_15: tickedCell({
      column: "1.15. Ineligible for federal or provincial supports (e.g. Canada Emergency Wage Subsidy, Canada Emergency Business account)",
      description: `${Q1} — 1.15. Ineligible for federal or provincial supports (e.g. Canada Emergency Wage Subsidy, Canada Emergency Business account)`,
      missing: NA,
    }),
    q1_16: textCell({
      column: "1.16. Other, please specify",
      description: `${Q1} — 1.16. Other, please specify`,
      missing: NA,
      sensitive: true,
    }),
    q2: textCell({
      column:
        "2. Please provide any additional comments on how your agency has been impacted by the COVID-19 pandemic, if not reflected in the previous question.&nbsp &nbsp Please do not provide any personal information in your response.",
      description:
        "2. Please provide any additional comments on how your agency has been impacted by the COVID-19 pandemic, if not reflected in the previous question. Please do not provide any personal information in your response.",
      missing: NA,
      sensitive: true,
    }),
    q3_1_short: tickedCell({
      column: "3.1.1. Public health guidance and information about COVID-19 - Short-term (0-6 months)",
      description: `${Q3} — 3.1.1. Public health guidance and information about COVID-19 - Short-term (0-6 months)`,
      missing: NA,
    }),
    q3_1_medium: tickedCell({
      column: "3.1.2. Public health guidance and information about COVID-19 - Medium-term (6-18 months)",
      description: `${Q3} — 3.1.2. Public health guidance and information about COVID-19 - Medium-term (6-18 months)`,
      missing: NA,
    }),
    q3_1_long: tickedCell({
      column: "3.1.3. Public health guidance and information about COVID-19 - Long-term (18+ months)",
      description: `${Q3} — 3.1.3. Public health guidance and information about COVID-19 - Long-term (18+ months)`,
      missing: NA,
    }),
    q3_1_na: tickedCell({
      column: "3.1.4. Public health guidance and information about COVID-19 - N/A",
      description: `${Q3} — 3.1.4. Public health guidance and information about COVID-19 - N/A`,
      missing: NA,
    }),
    q3_2_short: tickedCell({
      column: "3.2.1. Workplace modification supports (e.g. plexiglass barriers) - Short-term (0-6 months)",
      description: `${Q3} — 3.2.1. Workplace modification supports (e.g. plexiglass barriers) - Short-term (0-6 months)`,
      missing: NA,
    }),
    q3_2_medium: tickedCell({
      column: "3.2.2. Workplace modification supports (e.g. plexiglass barriers) - Medium-term (6-18 months)",
      description: `${Q3} — 3.2.2. Workplace modification supports (e.g. plexiglass barriers) - Medium-term (6-18 months)`,
      missing: NA,
    }),
    q3_2_long: tickedCell({
      column: "3.2.3. Workplace modification supports (e.g. plexiglass barriers) - Long-term (18+ months)",
      description: `${Q3} — 3.2.3. Workplace modification supports (e.g. plexiglass barriers) - Long-term (18+ months)`,
      missing: NA,
    }),
    q3_2_na: tickedCell({
      column: "3.2.4. Workplace modification supports (e.g. plexiglass barriers) - N/A",
      description: `${Q3} — 3.2.4. Workplace modification supports (e.g. plexiglass barriers) - N/A`,
      missing: NA,
    }),
    q3_3_short: tickedCell({
      column: "3.3.1. Non-medical cloth masks or personal protective equipment (PPE) - Short-term (0-6 months)",
      description: `${Q3} — 3.3.1. Non-medical cloth masks or personal protective equipment (PPE) - Short-term (0-6 months)`,
      missing: NA,
    }),
    q3_3_medium: tickedCell({
      column: "3.3.2. Non-medical cloth masks or personal protective equipment (PPE) - Medium-term (6-18 months)",
      description: `${Q3} — 3.3.2. Non-medical cloth masks or personal protective equipment (PPE) - Medium-term (6-18 months)`,
      missing: NA,
    }),
    q3_3_long: tickedCell({
      column: "3.3.3. Non-medical cloth masks or personal protective equipment (PPE) - Long-term (18+ months)",
      description: `${Q3} — 3.3.3. Non-medical cloth masks or personal protective equipment (PPE) - Long-term (18+ months)`,
      missing: NA,
    }),
    q3_3_na: tickedCell({
      column: "3.3.4. Non-medical cloth masks or personal protective equipment (PPE) - N/A",
      description: `${Q3} — 3.3.4. Non-medical cloth masks or personal protective equipment (PPE) - N/A`,
      missing: NA,
    }),
    q3_4_short: tickedCell({
      column: "3.4.1. Technology supports (e.g. devices, remote meeting technology) - Short-term (0-6 months)",
      description: `${Q3} — 3.4.1. Technology supports (e.g. devices, remote meeting technology) - Short-term (0-6 months)`,
      missing: NA,
    }),
    q3_4_medium: tickedCell({
      column: "3.4.2. Technology supports (e.g. devices, remote meeting technology) - Medium-term (6-18 months)",
      description: `${Q3} — 3.4.2. Technology supports (e.g. devices, remote meeting technology) - Medium-term (6-18 months)`,
      missing: NA,
    }),
    q3_4_long: tickedCell({
      column: "3.4.3. Technology supports (e.g. devices, remote meeting technology) - Long-term (18+ months)",
      description: `${Q3} — 3.4.3. Technology supports (e.g. devices, remote meeting technology) - Long-term (18+ months)`,
      missing: NA,
    }),
    q3_4_na: tickedCell({
      column: "3.4.4. Technology supports (e.g. devices, remote meeting technology) - N/A",
      description: `${Q3} — 3.4.4. Technology supports (e.g. devices, remote meeting technology) - N/A`,
      missing: NA,
    }),
    q3_5_short: tickedCell({
      column: "3.5.1. Funding stabilization or flexibility - Short-term (0-6 months)",
      description: `${Q3} — 3.5.1. Funding stabilization or flexibility - Short-term (0-6 months)`,
      missing: NA,
    }),
    q3_5_medium: tickedCell({
      column: "3.5.2. Funding stabilization or flexibility - Medium-term (6-18 months)",
      description: `${Q3} — 3.5.2. Funding stabilization or flexibility - Medium-term (6-18 months)`,
      missing: NA,
    }),
    q3_5_long: tickedCell({
      column: "3.5.3. Funding stabilization or flexibility - Long-term (18+ months)",
      description: `${Q3} — 3.5.3. Funding stabilization or flexibility - Long-term (18+ months)`,
      missing: NA,
    }),
    q3_5_na: tickedCell({
      column: "3.5.4. Funding stabilization or flexibility - N/A",
      description: `${Q3} — 3.5.4. Funding stabilization or flexibility - N/A`,
      missing: NA,
    }),
    q3_6_short: tickedCell({
      column: "3.6.1. Additional funding - Short-term (0-6 months)",
      description: `${Q3} — 3.6.1. Additional funding - Short-term (0-6 months)`,
      missing: NA,
    }),
    q3_6_medium: tickedCell({
      column: "3.6.2. Additional funding - Medium-term (6-18 months)",
      description: `${Q3} — 3.6.2. Additional funding - Medium-term (6-18 months)`,
      missing: NA,
    }),
    q3_6_long: tickedCell({
      column: "3.6.3. Additional funding - Long-term (18+ months)",
      description: `${Q3} — 3.6.3. Additional funding - Long-term (18+ months)`,
      missing: NA,
    }),
    q3_6_na: tickedCell({ column: "3.6.4. Additional funding - N/A", description: `${Q3} — 3.6.4. Additional funding - N/A`, missing: NA }),
    q3_7_short: tickedCell({
      column: "3.7.1. Rent or mortgage supports - Short-term (0-6 months)",
      description: `${Q3} — 3.7.1. Rent or mortgage supports - Short-term (0-6 months)`,
      missing: NA,
    }),
    q3_7_medium: tickedCell({
      column: "3.7.2. Rent or mortgage supports - Medium-term (6-18 months)",
      description: `${Q3} — 3.7.2. Rent or mortgage supports - Medium-term (6-18 months)`,
      missing: NA,
    }),
    q3_7_long: tickedCell({
      column: "3.7.3. Rent or mortgage supports - Long-term (18+ months)",
      description: `${Q3} — 3.7.3. Rent or mortgage supports - Long-term (18+ months)`,
      missing: NA,
    }),
    q3_7_na: tickedCell({
      column: "3.7.4. Rent or mortgage supports - N/A",
      description: `${Q3} — 3.7.4. Rent or mortgage supports - N/A`,
      missing: NA,
    }),
    q3_8_short: tickedCell({
      column: "3.8.1. Financial supports for businesses and agencies (e.g. wage subsidies, tax relief) - Short-term (0-6 months)",
      description: `${Q3} — 3.8.1. Financial supports for businesses and agencies (e.g. wage subsidies, tax relief) - Short-term (0-6 months)`,
      missing: NA,
    }),
    q3_8_medium: tickedCell({
      column: "3.8.2. Financial supports for businesses and agencies (e.g. wage subsidies, tax relief) - Medium-term (6-18 months)",
      description: `${Q3} — 3.8.2. Financial supports for businesses and agencies (e.g. wage subsidies, tax relief) - Medium-term (6-18 months)`,
      missing: NA,
    }),
    q3_8_long: tickedCell({
      column: "3.8.3. Financial supports for businesses and agencies (e.g. wage subsidies, tax relief) - Long-term (18+ months)",
      description: `${Q3} — 3.8.3. Financial supports for businesses and agencies (e.g. wage subsidies, tax relief) - Long-term (18+ months)`,
      missing: NA,
    }),
    q3_8_na: tickedCell({
      column: "3.8.4. Financial supports for businesses and agencies (e.g. wage subsidies, tax relief) - N/A",
      description: `${Q3} — 3.8.4. Financial supports for businesses and agencies (e.g. wage subsidies, tax relief) - N/A`,
      missing: NA,
    }),
    q3_9_short: tickedCell({
      column: "3.9.1. Access to larger space to accommodate physical distancing requirements - Short-term (0-6 months)",
      description: `${Q3} — 3.9.1. Access to larger space to accommodate physical distancing requirements - Short-term (0-6 months)`,
      missing: NA,
    }),
    q3_9_medium: tickedCell({
      column: "3.9.2. Access to larger space to accommodate physical distancing requirements - Medium-term (6-18 months)",
      description: `${Q3} — 3.9.2. Access to larger space to accommodate physical distancing requirements - Medium-term (6-18 months)`,
      missing: NA,
    }),
    q3_9_long: tickedCell({
      column: "3.9.3. Access to larger space to accommodate physical distancing requirements - Long-term (18+ months)",
      description: `${Q3} — 3.9.3. Access to larger space to accommodate physical distancing requirements - Long-term (18+ months)`,
      missing: NA,
    }),
    q3_9_na: tickedCell({
      column: "3.9.4. Access to larger space to accommodate physical distancing requirements - N/A",
      description: `${Q3} — 3.9.4. Access to larger space to accommodate physical distancing requirements - N/A`,
      missing: NA,
    }),
    q3_10_short: tickedCell({
      column: "3.10.1. Community coordination support (e.g. City-United Way Community Coordination Plan) - Short-term (0-6 months)",
      description: `${Q3} — 3.10.1. Community coordination support (e.g. City-United Way Community Coordination Plan) - Short-term (0-6 months)`,
      missing: NA,
    }),
    q3_10_medium: tickedCell({
      column: "3.10.2. Community coordination support (e.g. City-United Way Community Coordination Plan) - Medium-term (6-18 months)",
      description: `${Q3} — 3.10.2. Community coordination support (e.g. City-United Way Community Coordination Plan) - Medium-term (6-18 months)`,
      missing: NA,
    }),
    q3_10_long: tickedCell({
      column: "3.10.3. Community coordination support (e.g. City-United Way Community Coordination Plan) - Long-term (18+ months)",
      description: `${Q3} — 3.10.3. Community coordination support (e.g. City-United Way Community Coordination Plan) - Long-term (18+ months)`,
      missing: NA,
    }),
    q3_10_na: tickedCell({
      column: "3.10.4. Community coordination support (e.g. City-United Way Community Coordination Plan) - N/A",
      description: `${Q3} — 3.10.4. Community coordination support (e.g. City-United Way Community Coordination Plan) - N/A`,
      missing: NA,
    }),
    q3_11: tickedCell({ column: "3.11. Other", description: `${Q3} — 3.11. Other`, missing: NA }),
    q3_11_short: tickedCell({
      column: "3.11.1. Other, please specify - Short-term (0-6 months)",
      description: `${Q3} — 3.11.1. Other, please specify - Short-term (0-6 months)`,
      missing: NA,
    }),
    q3_11_medium: tickedCell({
      column: "3.11.2. Other, please specify - Medium-term (6-18 months)",
      description: `${Q3} — 3.11.2. Other, please specify - Medium-term (6-18 months)`,
      missing: NA,
    }),
    q3_11_long: tickedCell({
      column: "3.11.3. Other, please specify - Long-term (18+ months)",
      description: `${Q3} — 3.11.3. Other, please specify - Long-term (18+ months)`,
      missing: NA,
    }),
    q3_11_na: tickedCell({
      column: "3.11.4. Other, please specify - N/A",
      description: `${Q3} — 3.11.4. Other, please specify - N/A`,
      missing: NA,
    }),
    q4: textCell({
      column:
        "4. Please identify any additional supports needed for your agency for recovery and rebuild not listed in the question above, and indicate whether they are a short-term, medium-term, or long-term priority.Please do not provide any personal information in your response.",
      description:
        "4. Please identify any additional supports needed for your agency for recovery and rebuild not listed in the question above, and indicate whether they are a short-term, medium-term, or long-term priority. Please do not provide any personal information in your response.",
      missing: NA,
      sensitive: true,
    }),
    q5_1: tickedCell({
      column: "5.1. The health and wellness of employees",
      description: `${Q5} — 5.1. The health and wellness of employees`,
      missing: NA,
    }),
    q5_2: tickedCell({
      column: "5.2. Maintaining cleaning and disinfection measures",
      description: `${Q5} — 5.2. Maintaining cleaning and disinfection measures`,
      missing: NA,
    }),
    q5_3: tickedCell({
      column: "5.3. Recruiting talent or staffing availability",
      description: `${Q5} — 5.3. Recruiting talent or staffing availability`,
      missing: NA,
    }),
    q5_4: tickedCell({ column: "5.4. Employee training", description: `${Q5} — 5.4. Employee training`, missing: NA }),
    q5_5: tickedCell({
      column: "5.5. Having enough demand from clients when we reopen",
      description: `${Q5} — 5.5. Having enough demand from clients when we reopen`,
      missing: NA,
    }),
    q5_6: tickedCell({ column: "5.6. Childcare for staff", description: `${Q5} — 5.6. Childcare for staff`, missing: NA }),
    q5_7: tickedCell({ column: "5.7. None of the above", description: `${Q5} — 5.7. None of the above`, missing: NA }),
    q5_8: textCell({
      column: "5.8. Other, please specify",
      description: `${Q5} — 5.8. Other, please specify`,
      missing: NA,
      sensitive: true,
    }),
    q6_1: tickedCell({
      column: "6.1. Public health guidance and information about COVID-19",
      description: `${Q6} — 6.1. Public health guidance and information about COVID-19`,
      missing: NA,
    }),
    q6_2: tickedCell({
      column: "6.2. Workplace modification supports (e.g. plexiglass barriers)",
      description: `${Q6} — 6.2. Workplace modification supports (e.g. plexiglass barriers)`,
      missing: NA,
    }),
    q6_3: tickedCell({
      column: "6.3. Non-medical cloth masks or personal protective equipment (PPE)",
      description: `${Q6} — 6.3. Non-medical cloth masks or personal protective equipment (PPE)`,
      missing: NA,
    }),
    q6_4: tickedCell({
      column: "6.4. Technology supports (e.g. devices, remote meeting technology)",
      description: `${Q6} — 6.4. Technology supports (e.g. devices, remote meeting technology)`,
      missing: NA,
    }),
    q6_5: tickedCell({
      column: "6.5. Funding stabilization or flexibility",
      description: `${Q6} — 6.5. Funding stabilization or flexibility`,
      missing: NA,
    }),
    q6_6: tickedCell({ column: "6.6. Additional funding", description: `${Q6} — 6.6. Additional funding`, missing: NA }),
    q6_7: tickedCell({ column: "6.7. Rent or mortgage supports", description: `${Q6} — 6.7. Rent or mortgage supports`, missing: NA }),
    q6_8: tickedCell({
      column: "6.8. Financial supports for businesses and agencies (e.g. wage subsidies, tax relief)",
      description: `${Q6} — 6.8. Financial supports for businesses and agencies (e.g. wage subsidies, tax relief)`,
      missing: NA,
    }),
    q6_9: tickedCell({
      column: "6.9. Access to larger space to accommodate physical distancing requirements",
      description: `${Q6} — 6.9. Access to larger space to accommodate physical distancing requirements`,
      missing: NA,
    }),
    q6_10: tickedCell({
      column: "6.10. Ongoing community coordination support (e.g. City-United Way Community Coordination Plan)",
      description: `${Q6} — 6.10. Ongoing community coordination support (e.g. City-United Way Community Coordination Plan)`,
      missing: NA,
    }),
    q6_11: textCell({
      column: "6.11. Other, please specify",
      description: `${Q6} — 6.11. Other, please specify`,
      missing: NA,
      sensitive: true,
    }),
    q7: textCell({
      column:
        "7. What has your agency learned from the COVID-19 response that can inform preparation for a possible second wave of COVID-19? (e.g. importance of funding flexibility to respond quickly or list of essential services) Please do not provide any personal information in your response.",
      description:
        "7. What has your agency learned from the COVID-19 response that can inform preparation for a possible second wave of COVID-19? (e.g. importance of funding flexibility to respond quickly or list of essential services) Please do not provide any personal information in your response.",
      missing: NA,
      sensitive: true,
    }),
    q8_1: tickedCell({ column: "8.1. Seniors (70+)", description: `${Q8} — 8.1. Seniors (70+)`, missing: NA }),
    q8_2: tickedCell({ column: "8.2. Isolated persons", description: `${Q8} — 8.2. Isolated persons`, missing: NA }),
    q8_3: tickedCell({
      column: "8.3. Low-income individuals and families",
      description: `${Q8} — 8.3. Low-income individuals and families`,
      missing: NA,
    }),
    q8_4: tickedCell({
      column: "8.4. Homeless or precariously housed individuals",
      description: `${Q8} — 8.4. Homeless or precariously housed individuals`,
      missing: NA,
    }),
    q8_5: tickedCell({ column: "8.5. Indigenous peoples", description: `${Q8} — 8.5. Indigenous peoples`, missing: NA }),
    q8_6: tickedCell({ column: "8.6. Black Torontonians", description: `${Q8} — 8.6. Black Torontonians`, missing: NA }),
    q8_7: tickedCell({ column: "8.7. Racialized communities", description: `${Q8} — 8.7. Racialized communities`, missing: NA }),
    q8_8: tickedCell({
      column: "8.8. Newcomers, refugees, or refugee claimants",
      description: `${Q8} — 8.8. Newcomers, refugees, or refugee claimants`,
      missing: NA,
    }),
    q8_9: tickedCell({ column: "8.9. International students", description: `${Q8} — 8.9. International students`, missing: NA }),
    q8_10: tickedCell({ column: "8.10. Undocumented Torontonians", description: `${Q8} — 8.10. Undocumented Torontonians`, missing: NA }),
    q8_11: tickedCell({ column: "8.11. Youth", description: `${Q8} — 8.11. Youth`, missing: NA }),
    q8_12: tickedCell({ column: "8.12. Women", description: `${Q8} — 8.12. Women`, missing: NA }),
    q8_13: tickedCell({ column: "8.13. LGBTQ2S+ communities", description: `${Q8} — 8.13. LGBTQ2S+ communities`, missing: NA }),
    q8_14: tickedCell({
      column: "8.14. Residents living in congregate living situations (e.g. rooming houses)",
      description: `${Q8} — 8.14. Residents living in congregate living situations (e.g. rooming houses)`,
      missing: NA,
    }),
    q8_15: tickedCell({ column: "8.15. Persons with disabilities", description: `${Q8} — 8.15. Persons with disabilities`, missing: NA }),
    q8_16: tickedCell({ column: "8.16. None of the identified", description: `${Q8} — 8.16. None of the identified`, missing: NA }),
    q8_17: textCell({
      column: "8.17. Other, please specify",
      description: `${Q8} — 8.17. Other, please specify`,
      missing: NA,
      sensitive: true,
    }),
    q9: textCell({
      column:
        "9. Given existing long-standing constraints and the potential financial impacts of COVID-19, where do you see an opportunity for the City, other levels of government, and community partners to work differently and to improve programs or services to better serve vulnerable residents?Please do not provide any personal information in your response.",
      description:
        "9. Given existing long-standing constraints and the potential financial impacts of COVID-19, where do you see an opportunity for the City, other levels of government, and community partners to work differently and to improve programs or services to better serve vulnerable residents? Please do not provide any personal information in your response.",
      missing: NA,
      sensitive: true,
    }),
    q10: textCell({
      column:
        "10. Do you have any recommendations on how to create jobs and boost local economic development in the COVID-19 recovery and rebuild process? How can the City and/or other levels of government support these solutions?Please do not provide any personal information in your response.",
      description:
        "10. Do you have any recommendations on how to create jobs and boost local economic development in the COVID-19 recovery and rebuild process? How can the City and/or other levels of government support these solutions? Please do not provide any personal information in your response.",
      missing: NA,
      sensitive: true,
    }),
    q11: textCell({
      column:
        "11. What are the critical issues and needs you see for your clients related to climate change and resilience during the COVID-19 recovery over the short and long-term?Please do not provide any personal information in your response.",
      description:
        "11. What are the critical issues and needs you see for your clients related to climate change and resilience during the COVID-19 recovery over the short and long-term? Please do not provide any personal information in your response.",
      missing: NA,
      sensitive: true,
    }),
    q11_agencies_corporations: tickedCell({
      column: "11. Agencies_Corporations",
      description:
        "11. Agencies_Corporations: a column the codebook does not list, holding 1 or NA; which question it records is not known.",
      missing: NA,
    }),
    q12: textCell({
      column:
        "12. Do you have any other comments or input that you would like the City to consider in planning for the COVID-19 recovery and rebuild process?Please do not provide any personal information in your response.",
      description:
        "12. Do you have any other comments or input that you would like the City to consider in planning for the COVID-19 recovery and rebuild process? Please do not provide any personal information in your response.",
      missing: NA,
      sensitive: true,
    }),
    q13: textCell({
      column: "13. Please provide the first three characters of your agency's postal code:",
      description: "13. Please provide the first three characters of your agency's postal code:",
      missing: NA,
      sensitive: true,
    }),
    q14_1: tickedCell({ column: "14.1. Arts and culture", description: `${Q14} — 14.1. Arts and culture`, missing: NA }),
    q14_2: tickedCell({ column: "14.2. Children's services", description: `${Q14} — 14.2. Children's services`, missing: NA }),
    q14_3: tickedCell({ column: "14.3. Education and research", description: `${Q14} — 14.3. Education and research`, missing: NA }),
    q14_4: tickedCell({ column: "14.4. Environment", description: `${Q14} — 14.4. Environment`, missing: NA }),
    q14_5: tickedCell({ column: "14.5. Employment and training", description: `${Q14} — 14.5. Employment and training`, missing: NA }),
    q14_6: tickedCell({ column: "14.6. Ethno-specific services", description: `${Q14} — 14.6. Ethno-specific services`, missing: NA }),
    q14_7: tickedCell({ column: "14.7. Faith-based services", description: `${Q14} — 14.7. Faith-based services`, missing: NA }),
    q14_8: tickedCell({
      column: "14.8. Grants, fundraising, and voluntarism",
      description: `${Q14} — 14.8. Grants, fundraising, and voluntarism`,
      missing: NA,
    }),
    q14_9: tickedCell({ column: "14.9. Health and mental health", description: `${Q14} — 14.9. Health and mental health`, missing: NA }),
    q14_10: tickedCell({ column: "14.10. Homelessness", description: `${Q14} — 14.10. Homelessness`, missing: NA }),
    q14_11: tickedCell({
      column: "14.11. Human and social services",
      description: `${Q14} — 14.11. Human and social services`,
      missing: NA,
    }),
    q14_12: tickedCell({
      column: "14.12. Immigration and settlement",
      description: `${Q14} — 14.12. Immigration and settlement`,
      missing: NA,
    }),
    q14_13: tickedCell({
      column: "14.13. Indigenous services and supports",
      description: `${Q14} — 14.13. Indigenous services and supports`,
      missing: NA,
    }),
    q14_14: tickedCell({
      column: "14.14. Law, advocacy and politics",
      description: `${Q14} — 14.14. Law, advocacy and politics`,
      missing: NA,
    }),
    q14_15: tickedCell({ column: "14.15. Sports and recreation", description: `${Q14} — 14.15. Sports and recreation`, missing: NA }),
    q14_16: tickedCell({ column: "14.16. Social housing", description: `${Q14} — 14.16. Social housing`, missing: NA }),
    q14_17: tickedCell({
      column: "14.17. Seniors programs and services",
      description: `${Q14} — 14.17. Seniors programs and services`,
      missing: NA,
    }),
    q14_18: tickedCell({
      column: "14.18. Youth programs and services",
      description: `${Q14} — 14.18. Youth programs and services`,
      missing: NA,
    }),
    q14_19: tickedCell({
      column: "14.19. Anti-racist service delivery",
      description: `${Q14} — 14.19. Anti-racist service delivery`,
      missing: NA,
    }),
    q14_20: tickedCell({
      column: "14.20. Black, African, Caribbean community services and supports",
      description: `${Q14} — 14.20. Black, African, Caribbean community services and supports`,
      missing: NA,
    }),
    q14_21: tickedCell({
      column: "14.21. LGBTQ2S+ programs and services",
      description: `${Q14} — 14.21. LGBTQ2S+ programs and services`,
      missing: NA,
    }),
    q14_22: tickedCell({
      column: "14.22. Services and supports for racialized residents",
      description: `${Q14} — 14.22. Services and supports for racialized residents`,
      missing: NA,
    }),
    q14_23: tickedCell({
      column: "14.23. Services and supports for people with disabilities",
      description: `${Q14} — 14.23. Services and supports for people with disabilities`,
      missing: NA,
    }),
    q14_24: tickedCell({
      column: "14.24. Women's programs and services",
      description: `${Q14} — 14.24. Women's programs and services`,
      missing: NA,
    }),
    q14_25: tickedCell({ column: "14.25. Prefer not to answer", description: `${Q14} — 14.25. Prefer not to answer`, missing: NA }),
    q14_26: textCell({
      column: "14.26. Other, please specify",
      description: `${Q14} — 14.26. Other, please specify`,
      missing: NA,
      sensitive: true,
    }),
    q15: enumCell({
      column: "myLabel",
      description: "15. Do you serve a specific target population? (The export titles this column myLabel.)",
      missing: NA,
      values: ["No, our service population is universal", "Yes", "Prefer not to answer"],
    }),
    q16_1: tickedCell({ column: "16.1. Women", description: `${Q16} — 16.1. Women`, missing: NA }),
    q16_2: tickedCell({ column: "16.2. Youth", description: `${Q16} — 16.2. Youth`, missing: NA }),
    q16_3: tickedCell({ column: "16.3. Seniors (age 65+)", description: `${Q16} — 16.3. Seniors (age 65+)`, missing: NA }),
    q16_4: tickedCell({
      column: "16.4. Indigenous peoples (First Nations, Inuit, Métis)",
      description: `${Q16} — 16.4. Indigenous peoples (First Nations, Inuit, Métis)`,
      missing: NA,
    }),
    q16_5: tickedCell({ column: "16.5. Racialized groups", description: `${Q16} — 16.5. Racialized groups`, missing: NA }),
    q16_6: tickedCell({ column: "16.6. Black communities", description: `${Q16} — 16.6. Black communities`, missing: NA }),
    q16_7: tickedCell({
      column: "16.7. Newcomers, immigrants and refugees",
      description: `${Q16} — 16.7. Newcomers, immigrants and refugees`,
      missing: NA,
    }),
    q16_8: tickedCell({ column: "16.8. Undocumented Torontonians", description: `${Q16} — 16.8. Undocumented Torontonians`, missing: NA }),
    q16_9: tickedCell({ column: "16.9. People with disabilities", description: `${Q16} — 16.9. People with disabilities`, missing: NA }),
    q16_10: tickedCell({
      column: "16.10. Trans or non-binary people",
      description: `${Q16} — 16.10. Trans or non-binary people`,
      missing: NA,
    }),
    q16_11: tickedCell({
      column: "16.11. Lesbian, gay, bisexual or queer (LGBQ+ people)",
      description: `${Q16} — 16.11. Lesbian, gay, bisexual or queer (LGBQ+ people)`,
      missing: NA,
    }),
    q16_12: tickedCell({ column: "16.12. Two-Spirit people", description: `${Q16} — 16.12. Two-Spirit people`, missing: NA }),
    q16_13: tickedCell({
      column: "16.13. People living on low incomes",
      description: `${Q16} — 16.13. People living on low incomes`,
      missing: NA,
    }),
    q16_14: tickedCell({ column: "16.14. Other", description: `${Q16} — 16.14. Other`, missing: NA }),
    q16_15: tickedCell({ column: "16.15. Prefer not to answer", description: `${Q16} — 16.15. Prefer not to answer`, missing: NA }),
    q17: staffSizeCell({
      column: "17. How many paid employees does your agency have? Please indicate based on usual operations.",
      description:
        "17. How many paid employees does your agency have? Please indicate based on usual operations. Ranges that Excel turned into dates (05-Jan, 10-Jun, 20-Nov) are read back as 1-5, 6-10 and 11-20.",
      missing: NA,
    }),
    q17_excel_date: staffSizeExcelDateCell({
      column: "17. How many paid employees does your agency have? Please indicate based on usual operations.",
      description:
        "17. How many paid employees does your agency have? Please indicate based on usual operations. The answer as exported when Excel had turned it into a date (05-Jan, 10-Jun or 20-Nov) and q17 holds the range read back from it; null otherwise.",
      missing: NA,
    }),
    q18: enumCell({
      column: "18. What is your agency's annual operating budget?",
      description: "18. What is your agency's annual operating budget?",
      missing: NA,
      values: [
        "0 - $99,999",
        "$100,000 - $249,999",
        "$250,000 - $499,999",
        "$500,000 - $999,999",
        "$1,000,000 - $10,000,000",
        "Over $10,000,000",
        "Prefer not to answer",
      ],
    }),
    q19: textCell({
      column:
        "19. If desired, please provide your Agency Name, which will be used only for the purposes of better understanding the agencies that have participated in the process. Please note, it is optional to identify the Agency Name.",
      description:
        "19. If desired, please provide your Agency Name, which will be used only for the purposes of better understanding the agencies that have participated in the process. Please note, it is optional to identify the Agency Name.",
      missing: NA,
      sensitive: true,
    }),
  })
  .describe("One agency's response to the City of Toronto agency survey on COVID-19 recovery and rebuild (agency_survey_rawdata.csv).");
export type AgencySurveyResponse = z.infer<typeof AgencySurveyResponse>;
