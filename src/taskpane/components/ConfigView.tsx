import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Finding } from "../../domain/findings";
import type { CellRef } from "../../domain/values";
import { usePane } from "../hooks/paneContext";
import { FindingsTable } from "./FindingsTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** What the last Config validation or apply said. */
export type ConfigStatus =
  | { readonly kind: "none" }
  /** The workbook has no Config sheet at all (no plan template yet). */
  | { readonly kind: "missing" }
  | {
      readonly kind: "valid";
      readonly sections: number;
      readonly fields: number;
      readonly lists: number;
    }
  | { readonly kind: "invalid"; readonly findings: readonly Finding[] };

/** Props of the Configuration view. */
export interface ConfigViewProps {
  readonly status: ConfigStatus;
  readonly onOpen: () => void;
  readonly onValidate: () => void;
  readonly onApply: () => void;
  readonly onSelect: (ref: CellRef) => void;
}

/** Configuration (for SKAMs): open the Config sheet, validate it, apply it; its findings are clickable. */
export function ConfigView({
  status,
  onOpen,
  onValidate,
  onApply,
  onSelect,
}: ConfigViewProps): ReactElement {
  const { t, runner } = usePane();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{t("config.heading")}</Subtitle2>
      <Text>{t("config.intro")}</Text>
      <div className={styles.buttons}>
        <Button disabled={runner.busy} onClick={onOpen}>
          {t("config.open")}
        </Button>
        <Button disabled={runner.busy} onClick={onValidate}>
          {t("config.validate")}
        </Button>
        <Button appearance="primary" disabled={runner.busy} onClick={onApply}>
          {t("config.apply")}
        </Button>
      </div>
      {status.kind === "valid" ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("config.valid", {
              sections: status.sections,
              fields: status.fields,
              lists: status.lists,
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {status.kind === "missing" ? (
        <MessageBar intent="warning" layout="multiline" data-testid="config-missing">
          <MessageBarBody>{t("config.noSheet")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {status.kind === "invalid" ? (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("config.invalidTitle")}</MessageBarTitle>
              {t("failure.config_invalid")}
            </MessageBarBody>
          </MessageBar>
          <FindingsTable findings={status.findings} onSelect={onSelect} idPrefix="config" />
        </>
      ) : null}
    </div>
  );
}
