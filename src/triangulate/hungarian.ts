// Minimum-cost assignment of rows to columns (the Hungarian method), rectangular, with a gate:
// pairs costing more than `maxCost` (or not finite) are never assigned, and rows or columns may stay
// unassigned. Used to give every camera's detections to the 3D people globally (one assignment per
// camera and frame, not greedy pair by pair) and to link 3D people over time.
// ref: H. W. Kuhn, "The Hungarian method for the assignment problem", Naval Research Logistics
//      Quarterly 2 (1955); J. Munkres, "Algorithms for the assignment and transportation problems",
//      J. SIAM 5 (1957) — here in the O(n³) shortest-augmenting-path form with row and column
//      potentials (R. Jonker, A. Volgenant, Computing 38, 1987).

/**
 * Assigns rows to columns minimising the summed cost. cost is row-major rows × cols. Returns, per
 * row, the assigned column or −1. A row is left unassigned rather than given a pair above maxCost:
 * each row and each column also has a "nobody" option costing maxCost.
 */
export function assignMinCost(cost: ArrayLike<number>, rows: number, cols: number, maxCost: number): Int32Array {
  const out = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return out;
  // Square problem of side n = rows + cols: real columns, then one "nobody" column per row; real
  // rows, then one dummy row per column (dummy rows take real columns left over at no cost).
  const n = rows + cols;
  const big = maxCost * 2 + 1;
  const at = (i: number, j: number): number => {
    if (i < rows) {
      if (j < cols) {
        const c = cost[i * cols + j];
        return Number.isFinite(c) && c <= maxCost ? c : big;
      }
      return j - cols === i ? maxCost : big;
    }
    // Dummy row for column i − rows: free on any real column, free on any "nobody" column.
    return j < cols ? 0 : 0;
  };
  const INF = Infinity;
  const u = new Float64Array(n + 1),
    v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1); // p[j] = row (1-based) holding column j (1-based), 0 = none
  const way = new Int32Array(n + 1);
  const minv = new Float64Array(n + 1);
  const used = new Uint8Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(INF);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = INF,
        j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = at(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  for (let j = 1; j <= cols; j++) {
    const i = p[j] - 1;
    if (i >= 0 && i < rows && at(i, j - 1) <= maxCost) out[i] = j - 1;
  }
  return out;
}
