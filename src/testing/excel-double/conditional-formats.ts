import { overlaps, rectA1 } from "./address";
import { DoubleCollection } from "./collection";
import {
  DoubleClientObject,
  unknownProperty,
  type DoubleRequestContext,
  type Resolver,
} from "./context";
import { excelError } from "./errors";
import {
  assertSheetEditable,
  type ConditionalFormatModel,
  type DataBarModel,
  type SheetModel,
} from "./model";
import type { RangeTarget } from "./range";

/** Types `add` accepts (`Excel.ConditionalFormatType`); the double models the settings of data bars only. */
const TYPES = new Set([
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
]);
const RULE_TYPES = new Set([
  "Invalid",
  "Automatic",
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
]);

/** A new data bar as Excel makes it: blue gradient, from the lowest to the highest value. */
function newDataBar(): DataBarModel {
  return {
    fillColor: "#638EC6",
    gradientFill: true,
    lowerBoundRule: { type: "LowestValue" },
    upperBoundRule: { type: "HighestValue" },
  };
}

/** What a conditional-format proxy resolves to. */
export interface ConditionalFormatTarget {
  readonly sheet: SheetModel;
  readonly format: ConditionalFormatModel;
}

/**
 * `Range.conditionalFormats` (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection):
 * `add(type)` — an unknown type is InvalidArgument, a protected sheet
 * (without `allowFormatCells`) refuses it with AccessDenied — `items` and
 * `getCount()` (the formats that touch the range), `clearAll()`.
 */
export class DoubleConditionalFormatCollection extends DoubleCollection<
  DoubleConditionalFormat,
  ConditionalFormatTarget,
  RangeTarget
> {
  protected list(t: RangeTarget): ConditionalFormatTarget[] {
    return t.sheet.conditionalFormats
      .filter((f) => overlaps(f.rect, t.rect))
      .map((format) => ({ sheet: t.sheet, format }));
  }
  protected itemProxy(target: ConditionalFormatTarget): DoubleConditionalFormat {
    return new DoubleConditionalFormat(
      this.context,
      `conditionalFormat(${target.format.id})`,
      () => target
    );
  }
  add(type: string): DoubleConditionalFormat {
    let created: ConditionalFormatTarget | null = null;
    this.context.enqueue({
      payload: { c: this.path, m: "add", a: [type] },
      run: () => {
        const { sheet, rect } = this.resolveAtSync();
        if (!TYPES.has(type))
          throw excelError("InvalidArgument", `Unknown conditional format type ${type}`);
        assertSheetEditable(sheet, "allowFormatCells");
        const format: ConditionalFormatModel = {
          id: `{cf-${this.context.host.model.nextId++}}`,
          type,
          rect,
          dataBar: type === "DataBar" ? newDataBar() : null,
        };
        sheet.conditionalFormats.push(format);
        created = { sheet, format };
      },
    });
    return new DoubleConditionalFormat(this.context, `${this.path}.add(${type})`, () => created);
  }
  clearAll(): void {
    this.context.enqueue({
      payload: { c: this.path, m: "clearAll" },
      run: () => {
        const { sheet, rect } = this.resolveAtSync();
        assertSheetEditable(sheet, "allowFormatCells");
        const kept = sheet.conditionalFormats.filter((f) => !overlaps(f.rect, rect));
        sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
      },
    });
  }
}

/** `Excel.ConditionalFormat`: `type`, `id`, `dataBar`, `delete()`. */
export class DoubleConditionalFormat extends DoubleClientObject<ConditionalFormatTarget> {
  readonly dataBar: DoubleDataBar;

  constructor(
    context: DoubleRequestContext,
    path: string,
    resolver: Resolver<ConditionalFormatTarget>,
    nullable = false
  ) {
    super(context, path, resolver, nullable);
    this.dataBar = new DoubleDataBar(context, `${path}.dataBar`, () => {
      const t = this.tryTarget();
      if (t && !t.format.dataBar) throw excelError("InvalidOperation", `${path} is not a data bar`);
      return t?.format.dataBar ?? null;
    });
  }
  protected scalarProperties(): readonly string[] {
    return ["type", "id"];
  }
  protected readProperty(t: ConditionalFormatTarget, name: string): unknown {
    if (name === "type") return t.format.type;
    if (name === "id") return t.format.id;
    throw unknownProperty(this.path, name);
  }
  get type(): string {
    return this.get("type");
  }
  get id(): string {
    return this.get("id");
  }
  delete(): void {
    this.call("delete", [], (t) => {
      t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(t.format), 1);
    });
  }
}

function checkRule(rule: Excel.ConditionalDataBarRule): void {
  if (!RULE_TYPES.has(rule.type))
    throw excelError("InvalidArgument", `Unknown data bar rule type ${rule.type}`);
  if (
    (rule.type === "Number" ||
      rule.type === "Formula" ||
      rule.type === "Percent" ||
      rule.type === "Percentile") &&
    rule.formula === undefined
  ) {
    throw excelError("InvalidArgument", `A ${rule.type} bound needs a formula`);
  }
}

/** `Excel.DataBarConditionalFormat`: `positiveFormat` (fill, gradient), `lowerBoundRule`, `upperBoundRule`. */
export class DoubleDataBar extends DoubleClientObject<DataBarModel> {
  readonly positiveFormat: DoubleDataBarPositiveFormat;

  constructor(context: DoubleRequestContext, path: string, resolver: Resolver<DataBarModel>) {
    super(context, path, resolver);
    this.positiveFormat = new DoubleDataBarPositiveFormat(context, `${path}.positiveFormat`, () =>
      this.tryTarget()
    );
  }
  protected scalarProperties(): readonly string[] {
    return ["lowerBoundRule", "upperBoundRule"];
  }
  protected readProperty(t: DataBarModel, name: string): unknown {
    if (name === "lowerBoundRule") return t.lowerBoundRule;
    if (name === "upperBoundRule") return t.upperBoundRule;
    throw unknownProperty(this.path, name);
  }
  get lowerBoundRule(): Excel.ConditionalDataBarRule {
    return this.get("lowerBoundRule");
  }
  set lowerBoundRule(rule: Excel.ConditionalDataBarRule) {
    this.set("lowerBoundRule", rule, (t) => {
      checkRule(rule);
      t.lowerBoundRule = { ...rule };
    });
  }
  get upperBoundRule(): Excel.ConditionalDataBarRule {
    return this.get("upperBoundRule");
  }
  set upperBoundRule(rule: Excel.ConditionalDataBarRule) {
    this.set("upperBoundRule", rule, (t) => {
      checkRule(rule);
      t.upperBoundRule = { ...rule };
    });
  }
}

/** `Excel.ConditionalDataBarPositiveFormat`: `fillColor` (`#RRGGBB`), `gradientFill`. */
export class DoubleDataBarPositiveFormat extends DoubleClientObject<DataBarModel> {
  protected scalarProperties(): readonly string[] {
    return ["fillColor", "gradientFill"];
  }
  protected readProperty(t: DataBarModel, name: string): unknown {
    if (name === "fillColor") return t.fillColor;
    if (name === "gradientFill") return t.gradientFill;
    throw unknownProperty(this.path, name);
  }
  get fillColor(): string {
    return this.get("fillColor");
  }
  set fillColor(color: string) {
    this.set("fillColor", color, (t) => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(color))
        throw excelError("InvalidArgument", `Bad colour ${color}`);
      t.fillColor = color.toUpperCase();
    });
  }
  get gradientFill(): boolean {
    return this.get("gradientFill");
  }
  set gradientFill(v: boolean) {
    this.set("gradientFill", v, (t) => {
      t.gradientFill = v;
    });
  }
}

/**
 * The conditional formats of a workbook model as comparable text (one line
 * per format: sheet, range, type, and a data bar's colour, gradient and
 * bounds); dumps ignore them, so tests compare with this.
 */
export function conditionalFormatLines(model: {
  readonly sheets: readonly SheetModel[];
}): string[] {
  const bound = (r: Excel.ConditionalDataBarRule): string =>
    r.formula === undefined ? r.type : `${r.type}(${r.formula})`;
  return model.sheets.flatMap((s) =>
    s.conditionalFormats.map((f) => {
      const bar = f.dataBar
        ? ` ${f.dataBar.fillColor}${f.dataBar.gradientFill ? " gradient" : ""} ${bound(f.dataBar.lowerBoundRule)}…${bound(f.dataBar.upperBoundRule)}`
        : "";
      return `${s.name}!${rectA1(f.rect)} ${f.type}${bar}`;
    })
  );
}
