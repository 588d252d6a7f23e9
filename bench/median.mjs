// The median the benchmarks report: the middle run (the upper middle for an even count).
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
