/**
 * Our own manifest check (`npm run validate`): what Microsoft's schema and the store check most often reject,
 * without the internet. Pure: files are read through the `readFile` callback.
 */
import { child, childrenNamed, parseXml, walk, XmlSyntaxError, type XmlElement } from "../lib/xml";
import { readPngSize } from "../lib/png";
import { orderProblems } from "./order";
import { REQUIRED_EXCEL_API } from "../../src/excel/capabilities";

/** How to find the files the manifest's URLs point at. */
export interface CheckOptions {
  /** URL prefix served from `readFile`'s root, e.g. `https://localhost:3000/`. */
  readonly baseUrl: string;
  /** Reads a file by its path relative to the served root (e.g. `assets/icon-16.png`); null when absent. */
  readonly readFile: (relativePath: string) => Uint8Array | null;
  /** Required `<Permissions>` value. Default `ReadWriteDocument`. */
  readonly permission?: string;
  /** Required host names (`<Hosts><Host Name=…>`). Default `['Workbook']`. */
  readonly hosts?: readonly string[];
  /**
   * Requirement sets `<Requirements><Sets>` must declare, with exactly these minimum versions (lower lets
   * the add-in install where it fails; higher hides it from Excel versions it works in). Default: ExcelApi
   * `REQUIRED_EXCEL_API` (src/excel/capabilities.ts, which the code's run-time checks use too).
   */
  readonly requirementSets?: Readonly<Record<string, string>>;
}

/** The outcome: errors fail validation; notes are printed only. */
export interface CheckResult {
  readonly errors: readonly string[];
  readonly notes: readonly string[];
}

const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){3}$/;
const LOCALE = /^[a-z]{2,3}-[A-Z]{2}$/;
/** Resource kind each `resid` user must point at. */
const RESID_KIND: Readonly<Record<string, string>> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};
const MAX_LENGTH: Readonly<Record<string, number>> = {
  ShortStrings: 125,
  LongStrings: 250,
  Urls: 2048,
  Images: 2048,
};

function sizeInName(text: string): number | null {
  const m = /(?:^|[^\d])(\d{2,3})(?:x\d{2,3})?(?:\.png)?$/i.exec(text);
  return m?.[1] ? Number(m[1]) : null;
}

/** Checks a manifest's XML text. */
export function checkManifest(xml: string, options: CheckOptions): CheckResult {
  const errors: string[] = [];
  const notes: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError)
      return { errors: [`not well-formed XML: ${error.message}`], notes };
    throw error;
  }
  const at = (e: XmlElement): string => `line ${e.line}`;

  if (root.local !== "OfficeApp" || root.attributes.xmlns !== OFFICE_APP_NS)
    errors.push(`root must be <OfficeApp xmlns="${OFFICE_APP_NS}">`);
  if (root.attributes["xsi:type"] !== "TaskPaneApp")
    errors.push("OfficeApp xsi:type must be TaskPaneApp");

  const id = child(root, "Id")?.text ?? "";
  if (!GUID.test(id)) errors.push(`<Id> must be a GUID, got "${id}"`);
  const version = child(root, "Version")?.text ?? "";
  if (!VERSION.test(version))
    errors.push(`<Version> must have four numeric parts (1.0.0.0), got "${version}"`);
  const defaultLocale = child(root, "DefaultLocale")?.text ?? "";
  if (!LOCALE.test(defaultLocale))
    errors.push(`<DefaultLocale> must be a locale like en-US, got "${defaultLocale}"`);
  for (const required of [
    "ProviderName",
    "DisplayName",
    "Description",
    "IconUrl",
    "Hosts",
    "DefaultSettings",
    "Permissions",
  ]) {
    if (!child(root, required)) errors.push(`<${required}> is missing`);
  }

  const permission = child(root, "Permissions")?.text;
  const wanted = options.permission ?? "ReadWriteDocument";
  if (permission !== undefined && permission !== wanted)
    errors.push(
      `<Permissions> must be ${wanted} (least privilege the add-in needs), got "${permission}"`
    );
  const hostsElement = child(root, "Hosts");
  const hosts = hostsElement
    ? childrenNamed(hostsElement, "Host").map((h) => h.attributes.Name ?? "")
    : [];
  const wantedHosts = options.hosts ?? ["Workbook"];
  if (hosts.join(",") !== wantedHosts.join(","))
    errors.push(
      `<Hosts> must be exactly ${wantedHosts.join(", ")}, got ${hosts.join(", ") || "none"}`
    );

  // Requirement sets (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
  const wantedSets = options.requirementSets ?? { ExcelApi: REQUIRED_EXCEL_API };
  const sets = child(root, "Requirements");
  const declared = new Map(
    (sets ? childrenNamed(child(sets, "Sets") ?? sets, "Set") : []).map((e) => [
      e.attributes.Name ?? "",
      e.attributes.MinVersion ?? child(sets ?? root, "Sets")?.attributes.DefaultMinVersion ?? "",
    ])
  );
  for (const [name, version] of Object.entries(wantedSets)) {
    const got = declared.get(name);
    if (got === undefined)
      errors.push(
        `<Requirements><Sets> must declare <Set Name="${name}" MinVersion="${version}"/> (the minimum the code needs)`
      );
    else if (got !== version)
      errors.push(
        `<Set Name="${name}"> must have MinVersion="${version}" (the minimum the code needs), got "${got}"`
      );
  }

  // Element order and URLs, everywhere.
  for (const { element } of walk(root)) {
    for (const p of orderProblems(
      element.local,
      element.children.map((c) => c.local)
    ))
      errors.push(`${at(element)}: ${p}`);
    for (const [name, value] of Object.entries(element.attributes)) {
      if (
        /^https?:\/\//i.test(value) &&
        !name.startsWith("xmlns") &&
        !value.startsWith("https://")
      ) {
        errors.push(`${at(element)}: <${element.name} ${name}> must be an https URL, got ${value}`);
      }
    }
    if (element.local === "AppDomain" && !element.text.startsWith("https://"))
      errors.push(`${at(element)}: <AppDomain> must be https, got ${element.text}`);
    if (element.local === "Override" && !LOCALE.test(element.attributes.Locale ?? "")) {
      errors.push(
        `${at(element)}: <${element.name}> needs a Locale like ru-RU, got "${element.attributes.Locale ?? ""}"`
      );
    }
  }

  const overrides = child(root, "VersionOverrides");
  if (!overrides) {
    notes.push("no <VersionOverrides>: the add-in has no ribbon commands");
    return { errors, notes };
  }
  for (const required of ["Hosts", "Resources"])
    if (!child(overrides, required)) errors.push(`<VersionOverrides> has no <${required}>`);

  // Resources: id → kind, value; lengths; URLs.
  const resources = new Map<string, { kind: string; element: XmlElement }>();
  const resourcesElement = child(overrides, "Resources");
  for (const group of resourcesElement?.children ?? []) {
    const limit = MAX_LENGTH[group.local];
    for (const item of group.children) {
      const rid = item.attributes.id;
      if (!rid) {
        errors.push(`${at(item)}: <${item.name}> has no id`);
        continue;
      }
      if (resources.has(rid)) errors.push(`${at(item)}: resource id "${rid}" is defined twice`);
      resources.set(rid, { kind: group.local, element: item });
      const values = [
        item.attributes.DefaultValue ?? "",
        ...childrenNamed(item, "Override").map((o) => o.attributes.Value ?? ""),
      ];
      for (const value of values) {
        if (value === "") errors.push(`${at(item)}: resource "${rid}" has an empty value`);
        if (limit !== undefined && value.length > limit)
          errors.push(
            `${at(item)}: resource "${rid}" is ${value.length} characters; ${group.local} allow ${limit}`
          );
        if ((group.local === "Urls" || group.local === "Images") && !value.startsWith("https://"))
          errors.push(`${at(item)}: resource "${rid}" must be an https URL`);
      }
    }
  }

  // Every resid resolves, to the right kind of resource; icons have the size they claim.
  const used = new Set<string>();
  for (const { element } of walk(overrides)) {
    const rid = element.attributes.resid;
    if (rid === undefined) continue;
    used.add(rid);
    const resource = resources.get(rid);
    if (!resource) {
      errors.push(`${at(element)}: resid "${rid}" does not resolve to any resource`);
      continue;
    }
    const kind = RESID_KIND[element.local];
    if (kind && kind !== resource.kind)
      errors.push(
        `${at(element)}: <${element.name} resid="${rid}"> must point at ${kind}, "${rid}" is in ${resource.kind}`
      );
    const size = element.local === "Image" ? Number(element.attributes.size) : NaN;
    if (!Number.isNaN(size) && resource.kind === "Images") {
      const actual = iconSize(resource.element.attributes.DefaultValue ?? "", options);
      if (actual && actual.width !== size)
        errors.push(
          `${at(element)}: <bt:Image size="${size}"> points at "${rid}", a ${actual.width}px image`
        );
    }
  }
  for (const [rid, { element }] of resources)
    if (!used.has(rid)) notes.push(`${at(element)}: resource "${rid}" is never used`);

  // Icon files exist, are PNGs, square, and as large as their names promise.
  const iconUrls = new Set<string>();
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const url = child(root, name)?.attributes.DefaultValue;
    if (url) iconUrls.add(url);
  }
  for (const [rid, { kind, element }] of resources) {
    if (kind !== "Images") continue;
    const url = element.attributes.DefaultValue ?? "";
    iconUrls.add(url);
    const promised = sizeInName(rid);
    const actual = iconSize(url, options);
    if (promised !== null && actual && actual.width !== promised)
      errors.push(
        `${at(element)}: image "${rid}" promises ${promised}px, ${url} is ${actual.width}px`
      );
  }
  for (const url of iconUrls) {
    if (!url.startsWith(options.baseUrl)) {
      errors.push(`icon ${url} is not under ${options.baseUrl}, so it cannot be checked`);
      continue;
    }
    const file = url.slice(options.baseUrl.length).split(/[?#]/)[0] ?? "";
    const bytes = options.readFile(file);
    const size = bytes ? readPngSize(bytes) : null;
    if (!bytes) errors.push(`icon file ${file} (for ${url}) does not exist`);
    else if (!size) errors.push(`icon file ${file} is not a PNG`);
    else {
      const promised = sizeInName(file);
      if (size.width !== size.height)
        errors.push(`icon file ${file} is ${size.width}×${size.height}, not square`);
      if (promised !== null && size.width !== promised)
        errors.push(`icon file ${file} promises ${promised}px, it is ${size.width}×${size.height}`);
    }
  }

  // A function command needs a function file; every control has a unique id.
  const ids = new Set<string>();
  for (const { element } of walk(overrides)) {
    if (element.attributes["xsi:type"] === "ExecuteFunction") {
      if (!child(element, "FunctionName")?.text)
        errors.push(`${at(element)}: ExecuteFunction has no <FunctionName>`);
    }
    if (element.local === "DesktopFormFactor") {
      const hasFunction = [...walk(element)].some(
        ({ element: e }) => e.attributes["xsi:type"] === "ExecuteFunction"
      );
      if (hasFunction && !child(element, "FunctionFile"))
        errors.push(`${at(element)}: a button runs a function but there is no <FunctionFile>`);
    }
    const controlId = ["Group", "Control"].includes(element.local)
      ? element.attributes.id
      : undefined;
    if (controlId !== undefined) {
      if (ids.has(controlId)) errors.push(`${at(element)}: id "${controlId}" is used twice`);
      ids.add(controlId);
    }
  }
  return { errors, notes };
}

function iconSize(
  url: string,
  options: CheckOptions
): { readonly width: number; readonly height: number } | null {
  if (!url.startsWith(options.baseUrl)) return null;
  const bytes = options.readFile(url.slice(options.baseUrl.length).split(/[?#]/)[0] ?? "");
  return bytes ? readPngSize(bytes) : null;
}
