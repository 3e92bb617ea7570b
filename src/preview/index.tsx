/**
 * The in-browser preview (webpack entry `preview` → preview.html): the real task pane against the
 * Excel test double seeded with a sample filled plan, beside a read-only view of the double's sheets.
 * Query: `?lang=en` (Office display language en-US; default ru-RU), `?theme=dark|highContrast`,
 * `?today=YYYY-MM-DD` (default SAMPLE_TODAY), `?empty=1` (no sample: an empty workbook), `?latency=ms` (per sync),
 * `?width=px` (the pane's width, default 380; Excel's task pane is 350 px and wider).
 */
import { createRoot } from "react-dom/client";
import type { Lang } from "../domain/values";
import type { PaneThemeName } from "../taskpane/theme";
import { fillSample } from "./fillSample";
import { createPreviewHost } from "./host";
import { observeActions } from "./observeActions";
import { installOfficeGlobals } from "./officeGlobals";
import { PreviewPage } from "./PreviewPage";
import { SAMPLE_PLAN, SAMPLE_TODAY } from "./samplePlan";

/** What the preview exposes on `window.kamPreview` for the browser tests. */
export interface PreviewHandle {
  readonly ready: boolean;
  /** Redraw the sheets (after a test changed the workbook through `Excel.run`). */
  readonly refresh: () => void;
  readonly error: string | null;
  /**
   * Type `value` into the cell of the defined name `name` as a person would (the change is not the
   * add-in's own, so the pane's change watch sees it). Resolves after the write.
   */
  readonly typeAsUser: (name: string, value: string | number) => Promise<void>;
}

declare global {
  interface Window {
    kamPreview?: PreviewHandle;
  }
}

const THEMES: readonly PaneThemeName[] = ["light", "dark", "highContrast"];

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const lang: Lang = params.get("lang") === "en" ? "en" : "ru";
  const theme = THEMES.find((t) => t === params.get("theme")) ?? "light";
  const today = params.get("today") ?? SAMPLE_TODAY;
  installOfficeGlobals(lang === "en" ? "en-US" : "ru-RU", theme);
  const host = createPreviewHost(Number(params.get("latency") ?? 0));
  const listeners = new Set<() => void>();
  const refresh = (): void => {
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  performance.mark("kam:preview-start");
  if (params.get("empty") !== "1") {
    const built = await host.actions.buildTemplate({
      lang: "ru",
      start: "2027-01",
      period: "half_year",
    });
    if (!built.ok) throw new Error(`The sample template was not built: ${built.message}`);
    performance.mark("kam:sample-built");
    await fillSample(SAMPLE_PLAN, "ru");
    performance.mark("kam:sample-filled");
  }
  const actions = observeActions(host.actions, refresh);
  const container = document.getElementById("preview");
  if (!container) throw new Error("preview.html has no #preview element");
  const typeAsUser = async (name: string, value: string | number): Promise<void> => {
    await host.double.asUser(() =>
      Excel.run(async (context) => {
        context.workbook.names.getItem(name).getRange().values = [[value]];
        await context.sync();
      })
    );
    refresh();
  };
  const width = Number(params.get("width") ?? 380);
  createRoot(container).render(
    <PreviewPage
      paneWidth={Number.isFinite(width) && width >= 200 ? width : 380}
      model={host.model}
      actions={actions}
      theme={theme}
      lang={lang}
      today={today}
      subscribe={subscribe}
    />
  );
  window.kamPreview = { ready: true, refresh, error: null, typeAsUser };
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error("[kam preview]", error);
  window.kamPreview = {
    ready: false,
    refresh: () => undefined,
    error: message,
    typeAsUser: () => Promise.reject(new Error(message)),
  };
  document.body.textContent = `Preview failed / Предпросмотр не запустился: ${message}`;
});
