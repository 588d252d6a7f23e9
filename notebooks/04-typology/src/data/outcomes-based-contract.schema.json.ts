import { runLoader } from "@hnl/data";
import { OBC_EXTENSION_SCHEMA } from "@hnl/typology";

// The extension schema readers download: the one the chapter's records are validated against.
await runLoader(async () => `${JSON.stringify(OBC_EXTENSION_SCHEMA, null, 2)}\n`);
