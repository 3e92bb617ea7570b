import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { encodePng } from "../lib/png";
import { checkManifest, type CheckOptions } from "./check";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const fromRepo: CheckOptions = {
  baseUrl: "https://localhost:3000/",
  readFile: (path) => (existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path)) : null),
};

function errorsOf(xml: string, options: CheckOptions = fromRepo): readonly string[] {
  return checkManifest(xml, options).errors;
}

/** The project manifest with one textual change (which must apply). */
function broken(from: string | RegExp, to: string): string {
  const out = MANIFEST.replace(from, to);
  expect(out).not.toBe(MANIFEST);
  return out;
}

describe("checkManifest", () => {
  it("accepts the project manifest with its icons", () => {
    expect(errorsOf(MANIFEST)).toEqual([]);
  });

  it("rejects XML that is not well formed", () => {
    expect(errorsOf(broken("</Hosts>", "</Host>"))[0]).toMatch(/not well-formed XML: line \d+/);
  });

  it("rejects an Id that is not a GUID", () => {
    expect(errorsOf(broken(/<Id>[^<]+<\/Id>/, "<Id>kam-plan</Id>"))).toEqual([
      '<Id> must be a GUID, got "kam-plan"',
    ]);
  });

  it("rejects a version without four parts", () => {
    expect(errorsOf(broken("<Version>1.0.0.0</Version>", "<Version>1.0</Version>"))).toEqual([
      '<Version> must have four numeric parts (1.0.0.0), got "1.0"',
    ]);
    expect(
      errorsOf(broken("<Version>1.0.0.0</Version>", "<Version>1.0.0-beta.1</Version>"))
    ).toHaveLength(1);
  });

  it("rejects an http URL", () => {
    const errors = errorsOf(
      broken('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://')
    );
    expect(errors.some((e) => /<SupportUrl DefaultValue> must be an https URL/.test(e))).toBe(true);
  });

  it("rejects a resid that resolves to nothing", () => {
    const errors = errorsOf(
      broken('<Label resid="CheckPlanButton.Label"/>', '<Label resid="CheckPlanButton.Title"/>')
    );
    expect(errors.some((e) => e.includes('resid "CheckPlanButton.Title" does not resolve'))).toBe(
      true
    );
  });

  it("rejects a resid that points at the wrong kind of resource", () => {
    const errors = errorsOf(
      broken('<Label resid="CheckPlanButton.Label"/>', '<Label resid="CheckPlanButton.Tooltip"/>')
    );
    expect(
      errors.some((e) =>
        e.includes('must point at ShortStrings, "CheckPlanButton.Tooltip" is in LongStrings')
      )
    ).toBe(true);
  });

  it("rejects a short string longer than 125 characters", () => {
    const errors = errorsOf(
      broken('DefaultValue="Check plan"', `DefaultValue="${"x".repeat(126)}"`)
    );
    expect(errors.some((e) => e.includes("is 126 characters; ShortStrings allow 125"))).toBe(true);
  });

  it("rejects a missing icon file", () => {
    const errors = errorsOf(broken('assets/icon-80.png"/>', 'assets/icon-81.png"/>'));
    expect(errors).toContain(
      "icon file assets/icon-81.png (for https://localhost:3000/assets/icon-81.png) does not exist"
    );
  });

  it("rejects an icon whose pixels do not match the size its name promises", () => {
    const wrong = encodePng(20, 20, new Uint8Array(20 * 20 * 4));
    const options: CheckOptions = {
      ...fromRepo,
      readFile: (path) => (path === "assets/icon-32.png" ? wrong : fromRepo.readFile(path)),
    };
    const errors = errorsOf(MANIFEST, options);
    expect(errors).toContain("icon file assets/icon-32.png promises 32px, it is 20×20");
    expect(errors.some((e) => e.includes('image "Icon.32x32" promises 32px'))).toBe(true);
    expect(
      errors.some((e) => e.includes('<bt:Image size="32"> points at "Icon.32x32", a 20px image'))
    ).toBe(true);
  });

  it("rejects a file that is not a PNG", () => {
    const options: CheckOptions = {
      ...fromRepo,
      readFile: (path) =>
        path === "assets/icon-16.png" ? Buffer.from("GIF89a") : fromRepo.readFile(path),
    };
    expect(errorsOf(MANIFEST, options)).toContain("icon file assets/icon-16.png is not a PNG");
  });

  it("rejects elements out of order inside VersionOverrides", () => {
    const swapped = MANIFEST.replace(/(<Resources>[\s\S]*<\/Resources>)\s*/, "").replace(
      '<Hosts>\n      <Host xsi:type="Workbook">',
      (m) => {
        const resources = /<Resources>[\s\S]*<\/Resources>/.exec(MANIFEST)?.[0] ?? "";
        return `${resources}\n    ${m}`;
      }
    );
    expect(swapped).not.toBe(MANIFEST);
    const errors = errorsOf(swapped);
    expect(
      errors.some((e) => e.includes("<VersionOverrides>: <Hosts> must come before <Resources>"))
    ).toBe(true);
  });

  it("rejects a button with its Icon before its Supertip", () => {
    const xml = broken(
      /(<Supertip>\s*<Title resid="CheckPlanButton.Label"\/>\s*<Description resid="CheckPlanButton.Tooltip"\/>\s*<\/Supertip>)(\s*)(<Icon>[\s\S]*?<\/Icon>)/,
      "$3$2$1"
    );
    expect(
      errorsOf(xml).some(
        (e) =>
          e.includes("<Control>: <Icon> must come before") ||
          e.includes("<Control>: <Supertip> must come before")
      )
    ).toBe(true);
  });

  it("rejects any permission other than ReadWriteDocument", () => {
    expect(
      errorsOf(
        broken(
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>ReadWriteMailbox</Permissions>"
        )
      )
    ).toEqual([
      '<Permissions> must be ReadWriteDocument (least privilege the add-in needs), got "ReadWriteMailbox"',
    ]);
  });

  it("rejects hosts other than Workbook", () => {
    expect(
      errorsOf(broken('<Host Name="Workbook"/>', '<Host Name="Workbook"/><Host Name="Document"/>'))
    ).toEqual(["<Hosts> must be exactly Workbook, got Workbook, Document"]);
  });

  it("rejects a function command without a function name", () => {
    const errors = errorsOf(
      broken("<FunctionName>checkPlan</FunctionName>", "<FunctionName></FunctionName>")
    );
    expect(errors.some((e) => e.includes("ExecuteFunction has no <FunctionName>"))).toBe(true);
  });

  it("rejects an Override without a proper locale", () => {
    const errors = errorsOf(broken('<Override Locale="ru-RU"', '<Override Locale="russian"'));
    expect(errors.some((e) => e.includes('needs a Locale like ru-RU, got "russian"'))).toBe(true);
  });

  it("notes resources nobody uses without failing", () => {
    const xml = broken(
      "<bt:Urls>",
      '<bt:Urls>\n        <bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/spare.html"/>'
    );
    const result = checkManifest(xml, fromRepo);
    expect(result.errors).toEqual([]);
    expect(result.notes.some((n) => n.includes('"Spare.Url" is never used'))).toBe(true);
  });

  it("checks the built manifest against its own base URL", () => {
    const production = MANIFEST.split("https://localhost:3000/").join("https://kam.example.org/");
    expect(
      checkManifest(production, { ...fromRepo, baseUrl: "https://kam.example.org/" }).errors
    ).toEqual([]);
    expect(
      checkManifest(production, fromRepo).errors.some((e) =>
        e.includes("is not under https://localhost:3000/")
      )
    ).toBe(true);
  });
});

describe("checkManifest: requirement sets", () => {
  it("declares ExcelApi 1.8, the minimum the code needs", () => {
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1\.8"\/>/);
    expect(errorsOf(MANIFEST)).toEqual([]);
  });

  it("rejects a manifest without <Requirements>", () => {
    expect(errorsOf(broken(/<Requirements>[\s\S]*<\/Requirements>/, ""))).toEqual([
      '<Requirements><Sets> must declare <Set Name="ExcelApi" MinVersion="1.8"/> (the minimum the code needs)',
    ]);
  });

  it("rejects a lower or a higher minimum version", () => {
    expect(errorsOf(broken('MinVersion="1.8"', 'MinVersion="1.7"'))).toEqual([
      '<Set Name="ExcelApi"> must have MinVersion="1.8" (the minimum the code needs), got "1.7"',
    ]);
    expect(errorsOf(broken('MinVersion="1.8"', 'MinVersion="1.20"'))).toEqual([
      '<Set Name="ExcelApi"> must have MinVersion="1.8" (the minimum the code needs), got "1.20"',
    ]);
  });
});
