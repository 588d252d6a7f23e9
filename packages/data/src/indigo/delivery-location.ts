import { z } from "zod";
import { countryCell, numberCell, requiredTextCell, textCell } from "../cells.js";

/**
 * Where a project delivers its service: one row of `projects/projects_delivery_locations.csv`.
 * A project has zero or more delivery locations; their countries are the reliable way to place a
 * project (the project's own Jurisdiction is blank for most).
 */
export const DeliveryLocation = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project ID this location belongs to." }),
    serviceProvisionId: textCell({
      column: "Service Provision ID - (Value)",
      description: "The service provision or delivery location ID within the project.",
    }),
    name: textCell({ column: "Location - Name - (Value)", description: "Place name, e.g. Buenos Aires, Argentina." }),
    postcode: textCell({
      column: "Location - Postcode - (Value)",
      description: "Postcode of the location; part of an address, never published in the report.",
      sensitive: true,
    }),
    country: countryCell({ column: "Location - Country - (Value)", description: "Country (ISO 3166-1 alpha-2)." }),
    lat: numberCell({ column: "Lat/Lng - Lat - (Value)", description: "Latitude in decimal degrees." }),
    lng: numberCell({ column: "Lat/Lng - Lng - (Value)", description: "Longitude in decimal degrees." }),
    adminAreaName: textCell({
      column: "Adminstrative geography - Name - (Value)",
      description: "Administrative area name (the export spells the column 'Adminstrative').",
    }),
    adminAreaCodeType: textCell({
      column: "Adminstrative geography - Code Type - (Value)",
      description: "Scheme of the administrative area code.",
    }),
    adminAreaCode: textCell({ column: "Adminstrative geography - Code - (Value)", description: "Administrative area code." }),
    sources: textCell({ column: "Sources", description: "Source IDs for the location." }),
    notes: textCell({ column: "Notes", description: "Notes on the location." }),
  })
  .describe("A place where an INDIGO project delivers its service (projects_delivery_locations.csv).");
export type DeliveryLocation = z.infer<typeof DeliveryLocation>;
