import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { usePane } from "../hooks/paneContext";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
  },
});

/**
 * What the Check and Numbers views show in a workbook without a plan: there is nothing to check yet,
 * and the one thing to do, building the template, as the view's only primary action.
 */
export function NoPlan({ onGoBuild }: { readonly onGoBuild: () => void }): ReactElement {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="no-plan">
      <Text>{t("start.noPlan")}</Text>
      <Button appearance="primary" onClick={onGoBuild}>
        {t("start.goBuild")}
      </Button>
    </div>
  );
}
