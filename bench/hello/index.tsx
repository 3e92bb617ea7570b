/**
 * The bundle-size floor: the smallest React 18 + Fluent UI v9 page (provider, a title and a button), built with the
 * add-in's own webpack settings by bench/bundle.bench.ts. The task pane's bundle is compared with this one.
 */
import { Button, FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">Hello</Title3>
      <Button appearance="primary">OK</Button>
    </FluentProvider>
  );
}
