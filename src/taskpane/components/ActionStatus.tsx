import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import { usePane } from "../hooks/paneContext";

const useStyles = makeStyles({
  // A fixed-height slot: the bar appears and disappears without moving anything below it.
  progressSlot: { height: "2px", position: "relative" },
  progress: { position: "absolute", insetInlineStart: 0, insetInlineEnd: 0, top: 0 },
  stepText: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  notices: { position: "sticky", bottom: 0, zIndex: 1 },
  noticesShown: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/**
 * The running action's progress: a thin bar in a slot of fixed height under the tabs (the buttons
 * never move), its step said to screen readers and shown as the bar's tooltip.
 */
export function ProgressLine(): ReactElement {
  const { runner, t } = usePane();
  const styles = useStyles();
  const { progress } = runner;
  return (
    <div className={styles.progressSlot} aria-live="polite">
      {progress ? (
        <>
          <ProgressBar
            className={styles.progress}
            title={progress.text}
            aria-label={t("progress.label")}
            aria-valuetext={progress.text}
            {...(progress.fraction === undefined ? {} : { value: progress.fraction })}
            thickness="medium"
          />
          <span className={styles.stepText}>{progress.text}</span>
        </>
      ) : null}
    </div>
  );
}

/**
 * The last action's MessageBar, pinned to the bottom of the pane: it covers nothing the person is
 * working with and pushes no button down. It goes away on "close", on the next action and on a tab switch.
 */
export function NoticeArea(): ReactElement {
  const { runner, t } = usePane();
  const styles = useStyles();
  const { notice } = runner;
  return (
    <div
      className={mergeClasses(styles.notices, notice ? styles.noticesShown : undefined)}
      aria-live="polite"
    >
      {notice ? (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
          <MessageBarBody>
            {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
            {notice.text}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={() => runner.setNotice(null)}>
              {t("failure.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
}
