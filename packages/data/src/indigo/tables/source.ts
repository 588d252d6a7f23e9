import { z } from "zod";
import { requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_sources.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const Source = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    id: textCell({
      column: "Id",
      description:
        "Id: A within-project original, flexible identifier to be referenced in another sheet. The GO Lab team will enumerate sources using names such as ‘source1’, ‘source2’, ‘source3’.",
    }),
    name: textCell({
      column: "Name - (Value)",
      description: "Name: Name of the person or institution who shared information about this project.",
    }),
    type: textCell({
      column: "Type - (Value)",
      codelist: { path: "project.json#/sources/type/value" },
      description: "Type: Type of source of information.",
    }),
    publishingOrganisationIds: textCell({
      column: "Publishing Organisations - (Value)",
      description:
        "Publishing Organisations: Organisation that published the evaluation, report or website (etc.) that is cited as a source. If there are many organisations jointly publishing a document, they should all be separated by commas.",
    }),
    url: textCell({ column: "URL - (Value)", description: "URL: URL of the document about this project, if there is one." }),
    archiveUrl: textCell({
      column: "Archive URL - (Value)",
      description:
        "Archive URL: A preserved copy of an online source that can be accessed if the original page is moved, changes, or disappears.",
    }),
    internalUrl: textCell({ column: "Internal URL - (Value)", description: "Internal URL." }),
    publicationDate: textCell({
      column: "Publication Date - (Value)",
      description: "Publication Date: Date when the information about this project was published.",
    }),
    accessedDate: textCell({
      column: "Accessed Date - (Value)",
      description: "Accessed Date: Date when the information about this project was accessed.",
    }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on sources of information." }),
  })
  .describe("A row of projects_sources.csv (INDIGO Impact Bond Dataset).");
export type Source = z.infer<typeof Source>;
