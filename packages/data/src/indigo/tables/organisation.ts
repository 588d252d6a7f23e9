import { z } from "zod";
import { countryCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `organisations.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const Organisation = z
  .object({
    id: requiredTextCell({ column: "ID", description: "INDIGO organisation ID (INDIGO-ORG-####)." }),
    name: textCell({ column: "Name", description: "Name: The official name of the party as recorded in any official register." }),
    tradingName: textCell({
      column: "Trading Name",
      description: "Trading Name: The name by which a party is commonly known, where different from an official name.",
    }),
    translatedOfficialNameEnglish: textCell({ column: "Translated Official Name - English", description: "English." }),
    translatedOfficialNameSourceLanguage: textCell({
      column: "Translated Official Name - Source Language",
      description:
        "Source Language: An ISO 639-1 language code. Where a translated name is given the language of the original used in the name field should be provided here.",
    }),
    description: textCell({ column: "Description", description: "Description: A description of the party or organisation." }),
    jurisdiction: countryCell({
      column: "Jurisdiction",
      description:
        "Jurisdiction: A 2 character ISO code or the special value ‘INTL’. The primary jurisdiction in which the organisation is based.",
    }),
    type: textCell({ column: "Type - (Value)", codelist: { path: "organisation.json#/type/value" }, description: "Type." }),
    orgIdsPrimary: textCell({ column: "ORG-Ids - Primary", description: "Primary." }),
    contactName: textCell({ column: "Contact - Name - (Value)", description: "Name.", sensitive: true }),
    contactJobTitle: textCell({
      column: "Contact - Job title - (Value)",
      description: "Job title: Job title of the person to contact from that party/organisation.",
      sensitive: true,
    }),
    contactProfile: textCell({
      column: "Contact - Profile - (Value)",
      description: "Profile: Profile of the person to contact from that party/organisation.",
      sensitive: true,
    }),
    contactEmail: textCell({
      column: "Contact - Email - (Value)",
      description: "Email: Email of the person to contact from that party/organisation.",
      sensitive: true,
    }),
    contactTwitter: textCell({
      column: "Contact - Twitter - (Value)",
      description: "Twitter: Twitter profile URL of the person to contact from that party/organisation.",
      sensitive: true,
    }),
    contactLinkedin: textCell({
      column: "Contact - LinkedIn - (Value)",
      description: "LinkedIn: LinkedIn profile URL of the person to contact from that party/organisation.",
      sensitive: true,
    }),
    website: textCell({ column: "Website", description: "Website: Website of the organisation/party." }),
    address: textCell({ column: "Address", description: "Address: Address of the organisation/party.", sensitive: true }),
    postcode: textCell({ column: "Postcode", description: "Postcode: Postcode of the organisation/party.", sensitive: true }),
    country: textCell({ column: "Country", description: "Country: Country of the organisation/party." }),
  })
  .describe("A row of organisations.csv (INDIGO Impact Bond Dataset).");
export type Organisation = z.infer<typeof Organisation>;
