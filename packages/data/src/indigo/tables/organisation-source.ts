import { z } from "zod";
import { partialDateCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `organisations_sources.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const OrganisationSource = z
  .object({
    organisationId: requiredTextCell({ column: "Organisation ID", description: "The organisation this row belongs to (INDIGO-ORG-####)." }),
    id: textCell({
      column: "Id",
      description:
        "Id: A within-project original, flexible identifiers to be referenced in another sheet. This can be set by a GO Lab analyst.",
    }),
    name: textCell({
      column: "Name",
      description: "Name: Name of the person or institution who shared information about this organisation/party.",
    }),
    type: textCell({ column: "Type - (Value)", description: "Type: Type of source of information." }),
    publishingOrganisationIds: textCell({
      column: "Publishing Organisations",
      description:
        "Publishing Organisations: Name of the organisation that published the report, evaluation or document about this organisation/party.",
    }),
    url: textCell({ column: "URL", description: "URL: URL of the document about this organisation/party." }),
    archiveUrl: textCell({ column: "Archive URL", description: "Archive URL." }),
    internalUrl: textCell({ column: "Internal URL", description: "Internal URL." }),
    publicationDate: partialDateCell({
      column: "Publication Date",
      description: "Publication Date: Publication date of the document, report or website",
    }),
    accessedDate: partialDateCell({
      column: "Accessed Date",
      description: "Accessed Date: Accessed date of the document, report or website",
    }),
  })
  .describe("A row of organisations_sources.csv (INDIGO Impact Bond Dataset).");
export type OrganisationSource = z.infer<typeof OrganisationSource>;
