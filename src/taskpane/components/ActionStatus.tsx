import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import { usePane } from "../hooks/paneContext";

/** The ProgressBar of the running action (with what is being done) and the last action's MessageBar. */
export function ActionStatus(): ReactElement {
  const { runner, t } = usePane();
  const { progress, notice } = runner;
  return (
    <div aria-live="polite">
      {progress ? (
        <Field validationMessage={progress.text} validationState="none" label={t("progress.label")}>
          <ProgressBar
            {...(progress.fraction === undefined ? {} : { value: progress.fraction })}
            thickness="large"
          />
        </Field>
      ) : null}
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
