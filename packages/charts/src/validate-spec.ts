import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import type { TopLevelSpec } from "vega-lite";

let validator: ValidateFunction | undefined;

/** The JSON schema vega-lite ships, compiled once with ajv. */
function schemaValidator(): ValidateFunction {
  if (validator === undefined) {
    const path = createRequire(import.meta.url).resolve("vega-lite/vega-lite-schema.json");
    const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: false, logger: false });
    validator = ajv.compile(JSON.parse(readFileSync(path, "utf8")) as object);
  }
  return validator;
}

/**
 * Checks a spec against the JSON schema that vega-lite ships (as Vega-Lite checks its own
 * examples) and returns the spec, or throws with every problem and where it is.
 *
 * @example
 * validateSpec(barChart({ ... })) // the same spec, or an Error naming the invalid path
 */
export function validateSpec<S extends TopLevelSpec>(spec: S): S {
  const validate = schemaValidator();
  if (validate(spec)) return spec;
  const problems = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "(top)"} ${e.message ?? "is invalid"}`);
  throw new Error(`The chart spec is not valid Vega-Lite: ${problems.join("; ")}`);
}
