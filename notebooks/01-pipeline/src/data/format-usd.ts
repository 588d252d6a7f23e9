/**
 * A US dollar amount, short: "$660K", "$5.5M", "$100M", "$3.5B" (at most one decimal, none when whole).
 *
 * @example
 * formatUsd(18_400_000) // "$18.4M"
 */
export function formatUsd(n: number): string {
  return formatAmount(n, "$");
}

/** An amount in any currency, short, the code after it: formatAmount(16_200_000, "", " EUR") = "16.2M EUR". */
export function formatAmount(n: number, prefix: string, suffix = ""): string {
  const scales: [number, string][] = [
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [scale, unit] of scales) {
    if (Math.abs(n) >= scale) return `${prefix}${trim(n / scale)}${unit}${suffix}`;
  }
  return `${prefix}${trim(n)}${suffix}`;
}

function trim(v: number): string {
  return (Math.round(v * 10) / 10).toLocaleString("en-GB", { maximumFractionDigits: 1 });
}
