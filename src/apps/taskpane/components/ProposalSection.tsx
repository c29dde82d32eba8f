/**
 * Make proposal (issue 13): after an analysis, choose a client (a searchable list with the tier
 * recommended for each), optionally another tier, then write that client's one-page Proposal
 * sheet, shown at once. Native selects: keyboard and screen-reader friendly everywhere.
 */
import { useMemo, useState } from "react";
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ClientResult } from "../../../core/pricing/results";
import type { PricingService, ProposalOutcome } from "../service";
import { HOURLY } from "../../../core/workbook/parseTiers";
import { LetterAction } from "./LetterAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "stretch" },
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
}

type ProposalState = { status: "idle" } | { status: "working" } | ProposalOutcome | { status: "failed"; message: string };

/** "Pay as you go" for Hourly: the words a client understands. */
export function tierWords(tier: string): string {
  return tier === HOURLY ? "Pay as you go" : tier;
}

export function ProposalSection({ clients, tiers, makeProposal, makeLetter, annualIncrease = 0, busy = false }: ProposalSectionProps) {
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
      <Subtitle2 as="h2" id="proposal-heading">
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
        <Field label="Search clients">
          <Input type="search" value={search} onChange={(_, d) => setSearch(d.value)} />
        </Field>
        <Field
          label="Client"
          hint={matches.length > listed.length ? `Showing ${listed.length} of ${matches.length} clients: type to narrow the list.` : undefined}
          validationMessage={listed.length === 0 ? `No client matches “${search.trim()}”.` : undefined}
          validationState={listed.length === 0 ? "warning" : "none"}
        >
          <Select value={client?.client ?? ""} onChange={(_, d) => setChosen(d.value)} disabled={listed.length === 0}>
            {listed.map((c) => (
              <option key={c.client} value={c.client}>
                {`${c.client} — ${tierWords(c.recommendedTier)}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Tier to offer">
          <Select value={tier} onChange={(_, d) => setTier(d.value)}>
            <option value={RECOMMENDED}>{`Recommended${client ? ` (${tierWords(client.recommendedTier)})` : ""}`}</option>
            {tiers.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
            <option value={HOURLY}>Pay as you go</option>
          </Select>
        </Field>
        {makeLetter ? (
          // PRICING.md §5d: the price-change letter for the same client, beside Make proposal.
          <LetterAction client={client} annualIncrease={annualIncrease} makeLetter={makeLetter} busy={busy || working}>
            {proposalButton}
          </LetterAction>
        ) : (
          proposalButton
        )}
      </form>
      <Outcome state={state} />
    </section>
  );
}

function Outcome({ state }: { state: ProposalState }) {
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
    case "done":
      return (
        <Body1 role="status">
          {state.printSetUp
            ? `The proposal for ${state.client} is on the “${state.sheet}” sheet, set to print on one page.`
            : `The proposal for ${state.client} is on the “${state.sheet}” sheet. This version of Excel doesn’t let add-ins set up printing: choose Page Layout › Fit to 1 page before you print.`}
        </Body1>
      );
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
