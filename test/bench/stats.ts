/** Small statistics and formatting helpers for the benchmark report. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A per-page value that may be only a lower bound (a peer stopped at its time budget). */
export interface Bounded {
  readonly page: string;
  readonly value: number;
  readonly lowerBound: boolean;
}

export interface Summary {
  readonly median: number;
  /** The median is itself a lower bound (it falls on a page where the work was stopped). */
  readonly medianLowerBound: boolean;
  readonly worst: Bounded | undefined;
  readonly pages: number;
  readonly boundedPages: number;
}

/** Median and worst (largest) across pages; stopped pages sort as larger than any finished one. */
export function summarize(values: readonly Bounded[]): Summary {
  const finite = values.filter((v) => Number.isFinite(v.value));
  const sorted = [...finite].sort((a, b) => (a.lowerBound === b.lowerBound ? a.value - b.value : a.lowerBound ? 1 : -1));
  const n = sorted.length;
  let med = Number.NaN;
  let medianLowerBound = false;
  if (n > 0) {
    const mid = n >> 1;
    const lo = n % 2 === 1 ? sorted[mid]! : sorted[mid - 1]!;
    const hi = sorted[mid]!;
    med = (lo.value + hi.value) / 2;
    medianLowerBound = lo.lowerBound || hi.lowerBound;
  }
  return {
    median: med,
    medianLowerBound,
    worst: sorted[n - 1],
    pages: n,
    boundedPages: finite.filter((v) => v.lowerBound).length,
  };
}

export function fixed(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 1000) return value.toFixed(0);
  if (Math.abs(value) >= 100) return value.toFixed(1);
  return value.toFixed(digits);
}

export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}
