/**
 * Child element order the manifest schema prescribes (xs:sequence), for the elements Office and the store most often
 * reject when out of order. Local names; a child not listed is reported as unexpected.
 */
export const CHILD_ORDER: Readonly<Record<string, readonly string[]>> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "Signature",
  ],
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
    "VersionOverrides",
  ],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action", "Items"],
  Supertip: ["Title", "Description"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

/** Problems with the order of `children` under `parent` (empty when in order). */
export function orderProblems(parent: string, children: readonly string[]): string[] {
  const order = CHILD_ORDER[parent];
  if (!order) return [];
  const problems: string[] = [];
  let last = -1;
  let lastName = "";
  for (const name of children) {
    const index = order.indexOf(name);
    if (index < 0)
      problems.push(
        `<${parent}> has an unexpected child <${name}> (allowed, in order: ${order.join(", ")})`
      );
    else if (index < last)
      problems.push(
        `<${parent}>: <${name}> must come before <${lastName}> (order: ${order.join(", ")})`
      );
    else {
      last = index;
      lastName = name;
    }
  }
  return problems;
}
