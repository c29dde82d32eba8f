/**
 * "Price-change letter" (PRICING.md §5d), beside Make proposal: the chosen client's one-page letter
 * announcing its new fee, for a client on an agreement when the Annual increase is more than 0.
 * Otherwise the button stays (focusable, disabled) and a line says why.
 */
import { useState, type ReactNode } from "react";
import { Body1, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { ClientResult } from "../../../core/pricing/results";
import type { LetterOutcome, PricingService } from "../service";
import { formatPercent } from "../../../core/report/sheets/renewalText";

const useStyles = makeStyles({
  why: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface LetterActionProps {
  client: ClientResult | null;
  /** The Annual increase setting the analysis used (a fraction). */
  annualIncrease: number;
  makeLetter: NonNullable<PricingService["makeLetter"]>;
  busy?: boolean;
  /** What sits beside the letter's button (the Make proposal button). */
  children?: ReactNode;
}

type LetterState = { status: "idle" } | { status: "working" } | LetterOutcome | { status: "failed"; message: string };

/** Why the chosen client has no letter, or null when it can have one. */
export function noLetterWhy(client: ClientResult | null, annualIncrease: number): string | null {
  if (client === null) return null;
  if (client.tier === null) return `${client.client} is billed by the hour: there is no agreement price to change. Make a proposal instead.`;
  if (!(annualIncrease > 0)) return "Set Annual increase in your Settings table (5% for example) to announce a new price.";
  return null;
}

export function LetterAction({ client, annualIncrease, makeLetter, busy = false, children }: LetterActionProps) {
  const styles = useStyles();
  const [state, setState] = useState<LetterState>({ status: "idle" });
  const working = "status" in state && state.status === "working";
  const why = noLetterWhy(client, annualIncrease);

  const make = async () => {
    if (client === null || why !== null || working || busy) return;
    setState({ status: "working" });
    try {
      setState(await makeLetter(client.client));
    } catch (error) {
      setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <div className={styles.buttons}>
        {children}
        <Button
          type="button"
          appearance="secondary"
          aria-describedby={why !== null ? "letter-why" : undefined}
          disabledFocusable={working || busy || client === null || why !== null}
          onClick={() => void make()}
        >
          {working ? "Making letter…" : "Price-change letter"}
        </Button>
      </div>
      {why !== null ? (
        <Caption1 id="letter-why" className={styles.why}>{why}</Caption1>
      ) : (
        client !== null && <Caption1 className={styles.why}>{`A one-page letter telling ${client.client} its new fee, ${formatPercent(annualIncrease)} up, from its renewal date.`}</Caption1>
      )}
      <LetterOutcomeView state={state} />
    </>
  );
}

function LetterOutcomeView({ state }: { state: LetterState }) {
  const bar = (title: string, text: string, intent: "warning" | "error" = "warning") => (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
  if (!("kind" in state)) return state.status === "failed" ? bar("Letter not written", `Excel reported: ${state.message}`, "error") : null;
  switch (state.kind) {
    case "done":
      return (
        <>
          <Body1 role="status">
            {state.printSetUp
              ? `The letter for ${state.client} is on the “${state.sheet}” sheet, set to print on one page.`
              : `The letter for ${state.client} is on the “${state.sheet}” sheet. This version of Excel doesn’t let add-ins set up printing: choose Page Layout › Fit to 1 page before you print.`}
          </Body1>
          {state.warning !== null && bar("Check the tier before you send it", state.warning)}
        </>
      );
    case "noLetter":
      return bar("Letter not written", state.message);
    case "gone":
      return bar("Letter not written", `The client “${state.name}” is no longer in the workbook. Select Analyze to refresh the list, then try again.`);
    case "errors":
      return bar("Letter not written", `The workbook has ${state.errors.length} ${state.errors.length === 1 ? "problem" : "problems"} now. Select Analyze to see them.`);
    case "refused":
      return bar("Letter not written", `This workbook already has a sheet called “${state.sheet}” that the add-in didn’t create. Rename or delete it, then try again.`);
  }
}
