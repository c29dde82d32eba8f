/**
 * Make proposal (issue 13): after an analysis, choose a client (a searchable list with the tier
 * recommended for each), optionally another tier, then write that client's one-page Proposal
 * sheet, shown at once. Native selects: keyboard and screen-reader friendly everywhere. A tier the
 * client would not be pitched (beaten by another, or not for its segment) is made as asked, with a
 * warning naming the better tier; while a what-if is open, the section says the proposal uses the
 * workbook's prices (PRICING.md §5b).
 */
import { useMemo, useState } from "react";
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ClientResult } from "../../../core/pricing/results";
import type { PricingService, ProposalOutcome } from "../service";
import { HOURLY } from "../../../core/workbook/parseTiers";
import type { LeverChange } from "../../../core/whatIf/levers";
import { describeChanges } from "../../../core/report/sheets/planScenarios";
import { LetterAction } from "./LetterAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "stretch", minWidth: 0 },
  // A <select> is as wide as its longest option ("Harbor Accounting — Business" was 371 px): the
  // pane's width wins, and the closed list shows as much of the name as fits.
  field: { minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%" },
  selectControl: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  button: { alignSelf: "flex-start" },
});

/** A list this long is still quick to render and to scan; the search narrows the rest. */
export const MAX_LISTED_CLIENTS = 200;
const RECOMMENDED = "";

export interface ProposalSectionProps {
  clients: readonly ClientResult[];
  tiers: readonly string[];
  makeProposal: NonNullable<PricingService["makeProposal"]>;
  /** PRICING.md §5d: the price-change letter, beside the proposal; absent = not offered. */
  makeLetter?: PricingService["makeLetter"];
  /** The Annual increase setting (a fraction): 0 = no change to announce. */
  annualIncrease?: number;
  busy?: boolean;
  /** The open what-if's changes from the workbook (none: no what-if, or one at the workbook's values). */
  whatIfChanges?: readonly LeverChange[];
  /** The workbook's currency, for the what-if's changes in words. */
  currency?: string;
}

type ProposalState = { status: "idle" } | { status: "working" } | ProposalOutcome | { status: "failed"; message: string };

/** "Pay as you go" for Hourly: the words a client understands. */
export function tierWords(tier: string): string {
  return tier === HOURLY ? "Pay as you go" : tier;
}

export function ProposalSection({ clients, tiers, makeProposal, makeLetter, annualIncrease = 0, busy = false, whatIfChanges = [], currency = "USD" }: ProposalSectionProps) {
  const styles = useStyles();
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<string | null>(null);
  const [tier, setTier] = useState(RECOMMENDED);
  const [state, setState] = useState<ProposalState>({ status: "idle" });

  const matches = useMemo(() => {
    const want = search.trim().toLocaleLowerCase();
    return want === "" ? clients : clients.filter((c) => c.client.toLocaleLowerCase().includes(want));
  }, [clients, search]);
  const listed = matches.slice(0, MAX_LISTED_CLIENTS);
  // The chosen client while it is listed, else the first match.
  const client = listed.find((c) => c.client === chosen) ?? listed[0] ?? null;
  const working = "status" in state && state.status === "working";
  // The client mix changes no price: only settings and tiers the what-if moved matter to a proposal.
  const priceChanges = whatIfChanges.filter((c) => c.lever.kind !== "mix");

  const submit = async () => {
    if (client === null || working || busy) return;
    setState({ status: "working" });
    try {
      setState(await makeProposal({ client: client.client, tier: tier === RECOMMENDED ? null : tier }));
    } catch (error) {
      setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  const proposalButton = (
    <Button className={styles.button} type="submit" appearance="primary" disabledFocusable={working || busy || client === null}>
      {working ? "Making proposal…" : "Make proposal"}
    </Button>
  );

  return (
    <section className={styles.root} aria-labelledby="proposal-heading">
      <Subtitle2 as="h3" id="proposal-heading">
        Proposal for one client
      </Subtitle2>
      <Body1>A one-page offer to take to a sales call: what the client pays today, what the agreement would cost and include.</Body1>
      <form
        className={styles.form}
        aria-label="Make proposal"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field className={styles.field} label="Search clients">
          <Input type="search" value={search} onChange={(_, d) => setSearch(d.value)} />
        </Field>
        <Field
          className={styles.field}
          label="Client"
          hint={matches.length > listed.length ? `Showing ${listed.length} of ${matches.length} clients: type to narrow the list.` : undefined}
          validationMessage={listed.length === 0 ? `No client matches “${search.trim()}”.` : undefined}
          validationState={listed.length === 0 ? "warning" : "none"}
        >
          <Select className={styles.select} select={{ className: styles.selectControl }} value={client?.client ?? ""} onChange={(_, d) => setChosen(d.value)} disabled={listed.length === 0}>
            {listed.map((c) => (
              <option key={c.client} value={c.client}>
                {`${c.client} — ${tierWords(c.recommendedTier)}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.field} label="Tier to offer">
          <Select className={styles.select} select={{ className: styles.selectControl }} value={tier} onChange={(_, d) => setTier(d.value)}>
            <option value={RECOMMENDED}>{`Recommended${client ? ` (${tierWords(client.recommendedTier)})` : ""}`}</option>
            {tiers.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
            <option value={HOURLY}>Pay as you go</option>
          </Select>
        </Field>
        {priceChanges.length > 0 && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {`Proposals use your workbook’s prices, not the what-if’s (${describeChanges(priceChanges, currency)}). To propose those, select Apply to workbook first, then Analyze.`}
            </MessageBarBody>
          </MessageBar>
        )}
        {makeLetter ? (
          // PRICING.md §5d: the price-change letter for the same client, beside Make proposal.
          <LetterAction client={client} annualIncrease={annualIncrease} makeLetter={makeLetter} busy={busy || working}>
            {proposalButton}
          </LetterAction>
        ) : (
          proposalButton
        )}
      </form>
      <Outcome state={state} workbookPrices={priceChanges.length > 0} />
    </section>
  );
}

function Outcome({ state, workbookPrices }: { state: ProposalState; workbookPrices: boolean }) {
  if (!("kind" in state)) {
    if (state.status !== "failed") return null;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Proposal not written</MessageBarTitle>
          {`Excel reported: ${state.message}`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  switch (state.kind) {
    case "done": {
      const prices = workbookPrices ? " It uses your workbook’s prices, not the what-if’s." : "";
      return (
        <>
          <Body1 role="status">
            {state.printSetUp
              ? `The proposal for ${state.client} is on the “${state.sheet}” sheet, set to print on one page.${prices}`
              : `The proposal for ${state.client} is on the “${state.sheet}” sheet.${prices} This version of Excel doesn’t let add-ins set up printing: choose Page Layout › Fit to 1 page before you print.`}
          </Body1>
          {state.warning && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Made as you asked</MessageBarTitle>
                {state.warning}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      );
    }
    case "gone":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Proposal not written</MessageBarTitle>
            {`The ${state.what} “${state.name}” is no longer in the workbook. Select Analyze to refresh the list, then try again.`}
          </MessageBarBody>
        </MessageBar>
      );
    case "errors":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Proposal not written</MessageBarTitle>
            {`The workbook has ${state.errors.length} ${state.errors.length === 1 ? "problem" : "problems"} now. Select Analyze to see them.`}
          </MessageBarBody>
        </MessageBar>
      );
    case "refused":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Proposal not written</MessageBarTitle>
            {`This workbook already has a sheet called “${state.sheet}” that the add-in didn’t create. Rename or delete it, then try again.`}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
