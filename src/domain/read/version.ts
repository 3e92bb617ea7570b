/**
 * Compare two dotted version numbers numerically (`1.10.0` > `1.9.3`; a
 * missing part counts as 0). Negative when `a` is older, 0 when equal,
 * positive when newer; null when either is not a version (digits and dots).
 */
export function compareVersions(a: string, b: string): number | null {
  const pa = versionParts(a);
  const pb = versionParts(b);
  if (!pa || !pb) return null;
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function versionParts(version: string): number[] | null {
  const text = version.trim().replace(/^v/i, "");
  if (!/^\d{1,9}(\.\d{1,9}){0,3}$/.test(text)) return null;
  return text.split(".").map(Number);
}
