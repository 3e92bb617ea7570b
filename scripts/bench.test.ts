import { formatTable, rowProblems, selectBenchFiles } from "./bench";

describe("bench harness", () => {
  const files = ["core.bench.ts", "bundle.bench.ts", "xlsx.bench.ts", "README.md", "latest.json"];

  it("runs every bench file, or only those matching --only", () => {
    expect(selectBenchFiles(files, undefined)).toEqual([
      "bundle.bench.ts",
      "core.bench.ts",
      "xlsx.bench.ts",
    ]);
    expect(selectBenchFiles(files, "bundle")).toEqual(["bundle.bench.ts"]);
    expect(selectBenchFiles(files, "core,xlsx")).toEqual(["core.bench.ts", "xlsx.bench.ts"]);
    expect(selectBenchFiles(files, "nothing")).toEqual([]);
  });

  it("accepts snake_case names with a unit and finite numbers only", () => {
    expect(rowProblems({ core_check_large_ms: 12.3, bundle_taskpane_gzip_kb: 250 })).toEqual([]);
    expect(rowProblems({ CoreCheck: 1, fast_ms: Number.NaN })).toEqual([
      "CoreCheck: not snake_case with a unit suffix",
      "fast_ms: NaN is not a finite number",
    ]);
  });

  it("prints an aligned table sorted by name", () => {
    expect(formatTable({ b_ms: 2, a_long_name_kb: 1 }).split("\n")).toEqual([
      "metric          value",
      "--------------  ----------",
      "a_long_name_kb  1",
      "b_ms            2",
    ]);
  });
});
