/**
 * What the pane found in the workbook: each of the six tables (Excel table or sheet, row count),
 * sheets named like ours that belong to the user, and — when there is no model at all — the offer
 * to create the sample.
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Circle16Regular, DismissCircle16Filled } from "@fluentui/react-icons";
import { isEmptyOfModel, type Detection, type TableStatus } from "../service";
import { TABLES } from "../../../core/workbook/tables";
import { describeTimeLog } from "../../../core/report/sheets/timeLogText";
import { useSharedStyles } from "../sharedStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  icon: { flexShrink: 0, marginTop: "2px" },
  found: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  optional: { color: tokens.colorNeutralForeground3 },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  detail: { color: tokens.colorNeutralForeground2 },
});

export interface ModelStatusProps {
  detection: Detection;
  /** Shown only when the workbook holds no model. */
  onCreateSample: () => void;
  creatingSample: boolean;
  /** Another action is talking to the workbook. */
  busy: boolean;
  /** The sample was refused because a sheet it needs already exists. */
  sampleBlockedBy?: string;
  /** The sample was just created. */
  sampleCreated?: boolean;
}

function rows(n: number): string {
  return n === 1 ? "1 row" : `${n.toLocaleString()} rows`;
}

function describe(table: TableStatus, detection: Detection): string {
  if (table.found) {
    const where = table.found.source === "table" ? `Excel table “${table.found.name}”` : `Sheet “${table.found.name}”`;
    // The Time log says what it covers: "1,204 entries, Jan–Dec 2025, 12 months".
    if (table.key === "timeLog" && detection.timeLog) return `${where}: ${describeTimeLog(detection.timeLog)}`;
    return `${where}, ${rows(table.found.rows)}`;
  }
  if (table.required) return "Not found — this table is needed";
  return table.key === "settings"
    ? "Not found — standard settings will be used"
    : table.key === "travelZones"
      ? "Not found — the trip charge setting applies"
      : "Not found — optional";
}

export function ModelStatus(props: ModelStatusProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { detection } = props;
  const foreign = detection.outputSheets.filter((s) => s.state === "foreign");

  if (isEmptyOfModel(detection)) {
    return (
      <section className={styles.root} aria-labelledby="model-status-heading">
        <Subtitle2 as="h2" id="model-status-heading">
          No pricing model in this workbook yet
        </Subtitle2>
        <Body1>
          The add-in looks for tables or sheets named Clients and Tiers (and, if you have them, Settings, Travel
          zones, Benefits and a Time log). Create the sample model to see how it works, then replace its rows with your own.
        </Body1>
        {props.sampleBlockedBy && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Sample not created</MessageBarTitle>
              This workbook already has a sheet called “{props.sampleBlockedBy}”. Rename it, or open a new workbook, and
              try again.
            </MessageBarBody>
          </MessageBar>
        )}
        <div>
          <Button
            appearance="primary"
            onClick={props.onCreateSample}
            disabledFocusable={props.busy}
          >
            {props.creatingSample ? "Creating sample model…" : "Create sample model"}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <section className={styles.root} aria-labelledby="model-status-heading">
      <Subtitle2 as="h2" id="model-status-heading">
        Your pricing model
      </Subtitle2>
      {props.sampleCreated && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Sample model created</MessageBarTitle>
            Have a look at its sheets, then select Analyze.
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={shared.plainList} aria-label="Tables found">
        {detection.tables.map((table) => (
          <li key={table.key} className={styles.item}>
            {table.found ? (
              <CheckmarkCircle16Filled aria-hidden className={mergeClasses(styles.icon, styles.found)} />
            ) : table.required ? (
              <DismissCircle16Filled aria-hidden className={mergeClasses(styles.icon, styles.missing)} />
            ) : (
              <Circle16Regular aria-hidden className={mergeClasses(styles.icon, styles.optional)} />
            )}
            <span className={styles.text}>
              <Body1>{TABLES[table.key].displayName}</Body1>
              <Caption1 className={styles.detail}>{describe(table, detection)}</Caption1>
            </span>
          </li>
        ))}
      </ul>
      {foreign.map((sheet) => (
        <MessageBar key={sheet.name} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>“{sheet.name}” is your sheet</MessageBarTitle>
            This workbook has a sheet called “{sheet.name}” that the add-in didn’t create, so it won’t write there. Rename
            or delete that sheet to let the add-in write its {sheet.name.toLowerCase()}.
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
