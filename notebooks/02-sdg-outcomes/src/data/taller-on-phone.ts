import { withPhoneSpec } from "@hnl/charts";

type TopLevelSpec = Parameters<typeof withPhoneSpec>[0];

/** Height per category a phone needs when a goal's name wraps onto three lines beside two dots. */
export const PHONE_BAND = 56;

/**
 * A two-series dot plot drawn taller on a phone: its goal names wrap onto up to three lines
 * there, more than the desktop band of two rows holds, so each band is given room for them.
 *
 * @example
 * tallerOnPhone(dotPlot({ ... }), 17)
 */
export function tallerOnPhone(spec: TopLevelSpec, categories: number): TopLevelSpec {
  return withPhoneSpec(spec, { ...spec, height: categories * PHONE_BAND } as TopLevelSpec);
}
