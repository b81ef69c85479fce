// Number formatting for the big text exports (points3d.csv): the same strings as Number.prototype.toFixed, faster.
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000', '0000000', '00000000', '000000000'];

/**
 * `x.toFixed(decimals)`, same string, faster for the usual case. x·10^d is computed with a relative
 * error ≤ 2^-53, i.e. < 2.4e-7 absolute while |x·10^d| < 2^31; when it is further than 1e-6 from a
 * rounding tie, Math.round gives the integer toFixed picks (ECMA-262 Number.prototype.toFixed: the n
 * with n/10^f − x closest to zero). Ties, zero (toFixed keeps the sign of −0.0000001), large values,
 * NaN and decimals > 9 go to toFixed itself.
 */
export function toFixedFast(x: number, decimals: number): string {
  if (decimals > 9) return x.toFixed(decimals);
  const v = x * POW10[decimals];
  const r = Math.round(v);
  if (r === 0 || !(Math.abs(r) < 2147483647) || Math.abs(Math.abs(v - r) - 0.5) < 1e-6) return x.toFixed(decimals);
  const neg = r < 0;
  const digits = String(neg ? -r : r);
  const body =
    decimals === 0
      ? digits
      : digits.length > decimals
        ? `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`
        : `0.${ZEROS[decimals - digits.length]}${digits}`;
  return neg ? `-${body}` : body;
}
