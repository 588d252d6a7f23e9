import type { DataDir } from "../data-dir.js";
import type { DatasetDefinition, DatasetLoad, TableDefinition } from "../dataset-definition.js";
import type { RejectedRow } from "../load-result.js";
import type { LoadMode, Reference, TableSchema } from "../load-table.js";
import { message } from "../messages.js";
import { type Codelists, loadIndigoCodelists } from "./data-standard-codelists.js";
import { loadIndigoTable } from "./load-indigo-table.js";
import { impactBondSource } from "./source.js";
import { indigoTables as t } from "./tables.js";

type Keys = { projects: Set<string>; organisations: Set<string>; funds: Set<string> };
type RejectedKeys = Record<keyof Keys, Map<string, RejectedRow>>;
type Parent = keyof Keys;

/** Which fields of which table point at projects, organisations or funds. */
const FOREIGN_KEYS: Partial<Record<keyof typeof t, Record<string, Parent>>> = {
  delivery_locations: { projectId: "projects" },
  documents: { projectId: "projects" },
  intermediary_services: { projectId: "projects", organisationId: "organisations" },
  investments: { projectId: "projects", organisationId: "organisations" },
  open_contracting_datas: { projectId: "projects" },
  outcome_funds: { projectId: "projects", id: "funds" },
  outcome_metrics: { projectId: "projects" },
  outcome_payer_cost: { projectId: "projects" },
  outcome_payment_commitments: { projectId: "projects", organisationId: "organisations" },
  outcome_payment_plans: { projectId: "projects" },
  outcome_payments: { projectId: "projects", payerOrganisationId: "organisations", recipientOrganisationId: "organisations" },
  outcome_pricings: { projectId: "projects" },
  provider_side_cost: { projectId: "projects" },
  results: { projectId: "projects", outcomesValidatorOrganisationIds: "organisations" },
  service_provisions: { projectId: "projects", organisationId: "organisations" },
  sources: { projectId: "projects" },
  technical_assistance_details: { projectId: "projects" },
  technical_assistances: { projectId: "projects", fundingOrganisationId: "organisations", recipientOrganisationId: "organisations" },
  transactions: { projectId: "projects", sendingOrganisationId: "organisations", receivingOrganisationId: "organisations" },
  "360giving_datas": { projectId: "projects" },
  organisation_controlled_by: { organisationId: "organisations", byOrganisationId: "organisations" },
  organisation_secondary_ids: { organisationId: "organisations" },
  organisation_sources: { organisationId: "organisations" },
  fund_documents: { fundId: "funds" },
  fund_geographic_areas: { fundId: "funds" },
  fund_organisations: { fundId: "funds", organisationId: "organisations" },
};

const LABELS: Record<Parent, string> = { projects: "Project", organisations: "Organisation", funds: "Fund" };

const MESSAGES: Record<Parent, (id: string) => string> = {
  projects: message.unknownProject,
  organisations: message.unknownOrganisation,
  funds: message.unknownFund,
};

function references(name: keyof typeof t, keys: Keys, rejectedKeys: RejectedKeys): Reference<TableSchema>[] {
  return Object.entries(FOREIGN_KEYS[name] ?? {}).map(([field, parent]) => ({
    field,
    keys: keys[parent],
    message: MESSAGES[parent],
    rejectedParents: {
      rows: rejectedKeys[parent],
      message: (id: string, row: RejectedRow) => message.parentRejected(LABELS[parent], id, row),
      hint: message.parentRejectedHint,
    },
    // A row without its project cannot be placed at all: rejected. A missing organisation or
    // fund record leaves the row itself sound: kept, and each missing ID reported once.
    ...(parent === "projects" ? { hint: message.unknownProjectHint } : { hint: message.unknownParentHint, onMissing: "warn" as const }),
  }));
}

/**
 * The INDIGO Impact Bond Dataset: projects, their 20 child tables, organisations and outcomes
 * funds with theirs. Loads the three parent tables first, then every child table with its foreign
 * keys checked: a row pointing at a project, organisation or fund that does not exist is rejected
 * and reported, never dropped silently.
 *
 * @example
 * const load = await indigoImpactBondDataset.load(resolveDataDir());
 * load.outcome_metrics.accounting // { rowsIn: 1419, accepted: 1419, rejected: 0 }
 */
export const indigoImpactBondDataset: DatasetDefinition = {
  id: impactBondSource.id,
  title: impactBondSource.title,
  tables: Object.values(t),
  async load(dataDir: DataDir, options: { mode?: LoadMode } = {}): Promise<DatasetLoad> {
    const mode = options.mode ?? "lenient";
    // A parent row that was rejected still names its ID: its children say so, not "unknown ID".
    const rejectedKeys: RejectedKeys = { projects: new Map(), organisations: new Map(), funds: new Map() };
    const codelists: Codelists | "missing" = loadIndigoCodelists(dataDir) ?? "missing";
    const parent = (p: Parent) => ({
      mode,
      key: "id",
      codelists,
      onRejectedKey: (k: string, row: RejectedRow) => rejectedKeys[p].set(k, row),
    });
    const projects = await loadIndigoTable(t.projects, dataDir, parent("projects"));
    const organisations = await loadIndigoTable(t.organisations, dataDir, parent("organisations"));
    const funds = await loadIndigoTable(t.funds, dataDir, parent("funds"));
    const keys: Keys = {
      projects: new Set(projects.records.map((r) => r.id)),
      organisations: new Set(organisations.records.map((r) => r.id)),
      funds: new Set(funds.records.map((r) => r.id)),
    };
    const out: DatasetLoad = {};
    for (const name of Object.keys(t) as (keyof typeof t)[]) {
      if (name === "projects") out[name] = projects;
      else if (name === "organisations") out[name] = organisations;
      else if (name === "funds") out[name] = funds;
      else
        out[name] = await loadIndigoTable(t[name] as TableDefinition, dataDir, {
          mode,
          references: references(name, keys, rejectedKeys),
          duplicateRows: "exclude",
          codelists,
        });
    }
    return out;
  },
};
