/**
 * The task pane: what the workbook holds, the actions (Create sample model, Analyze, Generate rate
 * card), the analysis's progress, then its results or the problems to fix. State lives in
 * useAnalysis; this component lays the pieces out. `whatIf` is the slot the What-if section plugs
 * into: it is rendered under the results with everything an analysis produced.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useAnalysis } from "./hooks/useAnalysis";
import { hasModel, type AnalyzeResults, type PricingService } from "./service";
import { makeFormats, type Formats } from "./format";
import { ModelStatus } from "./components/ModelStatus";
import { AnalyzeButton } from "./components/AnalyzeButton";
import { ProgressSteps, STEP_LABELS } from "./components/ProgressSteps";
import { KpiCards } from "./components/KpiCards";
import { hasToolCosts } from "../../core/pricing/toolCost";
import { WarningList } from "./components/WarningList";
import { TimeLogFindings } from "./components/TimeLogFindings";
import { RenewalFindings } from "./components/RenewalFindings";
import { ErrorList } from "./components/ErrorList";
import { RateCardButton } from "./components/RateCardButton";
import { ProposalSection } from "./components/ProposalSection";
import { useSharedStyles } from "./sharedStyles";
import type { LeverChange } from "../../core/whatIf/levers";

/** What the What-if section receives: the analysis just run, and the pane's number formats. */
export interface WhatIfSlotProps {
  results: AnalyzeResults;
  formats: Formats;
  service: PricingService;
  /** What-if wrote into the workbook's input: these results are now from before that change. */
  onWorkbookChanged: () => void;
  /** The levers the what-if has changed from the workbook, each time they change (the Proposal section says its prices are the workbook's). */
  onChanges?: (changes: LeverChange[]) => void;
}

export interface AppProps {
  service: PricingService;
  /** BCP 47 locale for numbers (Office's display language); undefined = the browser's. */
  locale?: string;
  /** The What-if section (issue 5), shown under the results once an analysis has run. */
  whatIf?: (props: WhatIfSlotProps) => ReactNode;
}

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    minWidth: 0,
    maxWidth: "100%",
    minHeight: "100vh",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  // The sections fold under headers that span the pane; their content keeps the pane's padding.
  sections: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalM})` },
  panel: { marginLeft: tokens.spacingHorizontalM, marginRight: tokens.spacingHorizontalM, paddingBottom: tokens.spacingVerticalL },
  // Out-of-date figures stay readable (full contrast) but lose their cards' lift and get a dashed edge.
  outOfDate: {
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  outOfDateCaption: { color: tokens.colorNeutralForeground2 },
});

/** The pane's sections, in order. */
const SECTIONS = ["overview", "whatIf", "proposal", "rateCard"] as const;

/** One sentence for screen readers each time the pane's state changes. */
function announcement(analysis: ReturnType<typeof useAnalysis>): string {
  const { state } = analysis;
  switch (state.status) {
    case "detecting":
      return "Looking for your pricing model…";
    case "creating-sample":
      return "Creating the sample model…";
    case "ready":
      return state.sampleCreated ? "The sample model is in your workbook. Have a look at its sheets, then select Analyze." : "";
    case "running":
      return `${STEP_LABELS[state.step]}…`;
    case "results":
      return `Analysis done. Results are on the ${state.results.sheet} sheet.`;
    case "errors":
      return `Not priced: ${state.errors.length} ${state.errors.length === 1 ? "problem" : "problems"} to fix.`;
    default:
      return "";
  }
}

export function App({ service, locale, whatIf }: AppProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const analysis = useAnalysis(service);
  const { state, busy } = analysis;
  const currency = state.status === "results" ? state.results.currency : "USD";
  const formats = useMemo(() => makeFormats(locale, currency), [locale, currency]);
  const detection = "detection" in state ? state.detection : null;
  const canAnalyze = detection !== null && state.status !== "no-model" && state.status !== "creating-sample";
  const sampleCreated = state.status === "ready" && state.sampleCreated === true;

  // Apply to workbook changed the input: the results on show are from before, until the next Analyze.
  const [changedSince, setChangedSince] = useState<AnalyzeResults | null>(null);
  const results = state.status === "results" ? state.results : null;
  const outOfDate = results !== null && changedSince === results;
  const onWorkbookChanged = useCallback(() => setChangedSince(results), [results]);
  // What the open what-if has changed: a proposal is priced from the workbook, and says so (§5b).
  const [whatIfChanges, setWhatIfChanges] = useState<LeverChange[]>([]);

  // Create sample model's button goes once the sample is written: keep keyboard focus in the pane
  // by moving it to the next step, Analyze (unless the user has already put it somewhere else).
  const analyzeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (sampleCreated && focusLost) analyzeButton.current?.focus();
  }, [sampleCreated]);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">Service agreement pricer</Title3>
          <Body1 className={styles.intro}>
            See what your clients pay by the hour, what they would pay on a service agreement, and which tier to offer
            each one.
          </Body1>
        </header>

        <div role="status" aria-live="polite" className={shared.visuallyHidden}>
          {announcement(analysis)}
        </div>

        {state.status === "detecting" && <Spinner size="small" label="Looking for your pricing model…" />}

        {detection && (
          <ModelStatus
            detection={detection}
            onCreateSample={() => void analysis.createSample()}
            creatingSample={state.status === "creating-sample"}
            busy={busy}
            sampleBlockedBy={state.status === "no-model" ? state.sampleBlockedBy : undefined}
            sampleCreated={sampleCreated}
          />
        )}

        {state.status === "failed" && (
          <MessageBar intent={state.busy ? "warning" : "error"} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{state.busy ? (state.busyTitle ?? "Excel is editing a cell") : "Something went wrong"}</MessageBarTitle>
              {state.busy ? `${state.message} Nothing was changed.` : `Excel reported: ${state.message}`}
            </MessageBarBody>
          </MessageBar>
        )}

        {state.status !== "detecting" && (
          <div className={styles.actions} role="group" aria-label="Actions">
            {canAnalyze && (
              <AnalyzeButton
                ref={analyzeButton}
                onAnalyze={() => {
                  setChangedSince(null);
                  void analysis.analyze();
                }}
                running={state.status === "running"}
                busy={busy}
              />
            )}
            <Button appearance="subtle" onClick={() => void analysis.detect()} disabledFocusable={busy}>
              Check the workbook again
            </Button>
          </div>
        )}

        {state.status === "running" && <ProgressSteps step={state.step} />}

        {state.status === "refused" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Results not written</MessageBarTitle>
              {`This workbook already has a sheet called “${state.sheet}” that the add-in didn’t create, so it was left alone. Rename or delete that sheet, then select Analyze again.`}
            </MessageBarBody>
          </MessageBar>
        )}

        {analysis.cellNotSelected && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {analysis.cellNotSelectedWhy ?? `Couldn’t go to ${analysis.cellNotSelected}. Its sheet may have been renamed or deleted.`}
            </MessageBarBody>
          </MessageBar>
        )}

        {state.status === "errors" && (
          <>
            <ErrorList errors={state.errors} onSelectCell={(cell) => void analysis.selectCell(cell)} />
            <WarningList warnings={state.warnings} onSelectCell={(cell) => void analysis.selectCell(cell)} />
          </>
        )}

        {(state.status === "results" || (detection && hasModel(detection) && state.status === "ready")) && (
          // Overview · What if… · Proposal · Rate card: each can be folded away; all start open.
          <Accordion multiple collapsible defaultOpenItems={[...SECTIONS]} className={styles.sections}>
            {state.status === "results" && (
              <AccordionItem value="overview">
                <AccordionHeader as="h2" size="large" button={{ id: "results-heading" }}>
                  Overview
                </AccordionHeader>
                <AccordionPanel collapseMotion={null} className={styles.panel}>
                  <section className={styles.section} aria-labelledby="results-heading">
                    <Body1>{`Client by client figures and charts are on the “${state.results.sheet}” sheet.`}</Body1>
                    {outOfDate && (
                      <MessageBar intent="warning" layout="multiline">
                        <MessageBarBody>
                          {`Your workbook’s settings changed: select Analyze to update these figures and the ${state.results.sheet} sheet.`}
                        </MessageBarBody>
                      </MessageBar>
                    )}
                    <div className={outOfDate ? styles.outOfDate : undefined}>
                      {outOfDate && <Caption1 className={styles.outOfDateCaption}>Figures from before your changes</Caption1>}
                      <KpiCards
                        kpis={state.results.kpis}
                        annualHours={{
                          work: 12 * state.results.analysis.totals.workHours,
                          travel: 12 * state.results.analysis.totals.travelHours,
                        }}
                        formats={formats}
                        afterTools={hasToolCosts(state.results.model)}
                      />
                    </div>
                    <TimeLogFindings model={state.results.model} analysis={state.results.analysis} sheet={state.results.sheet} />
                    <RenewalFindings model={state.results.model} analysis={state.results.analysis} id="renewals" title="At renewal" sheet={state.results.sheet} />
                    <WarningList warnings={state.results.warnings} onSelectCell={(cell) => void analysis.selectCell(cell)} />
                  </section>
                </AccordionPanel>
              </AccordionItem>
            )}

            {state.status === "results" && whatIf && (
              <AccordionItem value="whatIf">
                <AccordionHeader as="h2" size="large" button={{ id: "what-if-heading" }}>
                  What if…
                </AccordionHeader>
                {/* No fold animation: it clips the panel, and the key figures must stick to the top as the pane scrolls. */}
                <AccordionPanel collapseMotion={null} className={styles.panel}>
                  {whatIf({ results: state.results, formats, service, onWorkbookChanged, onChanges: setWhatIfChanges })}
                </AccordionPanel>
              </AccordionItem>
            )}

            {state.status === "results" && service.makeProposal && (state.results.analysis.clients?.length ?? 0) > 0 && (
              <AccordionItem value="proposal">
                <AccordionHeader as="h2" size="large">
                  Proposal
                </AccordionHeader>
                <AccordionPanel collapseMotion={null} className={styles.panel}>
                  <ProposalSection
                    clients={state.results.analysis.clients}
                    tiers={(state.results.model.tiers ?? []).map((t) => t.name)}
                    makeProposal={service.makeProposal}
                    busy={busy}
                    whatIfChanges={whatIfChanges}
                    currency={currency}
                    makeLetter={service.makeLetter}
                    annualIncrease={state.results.model.settings?.annualIncrease ?? 0}
                  />
                </AccordionPanel>
              </AccordionItem>
            )}

            {detection && hasModel(detection) && (
              <AccordionItem value="rateCard">
                <AccordionHeader as="h2" size="large" button={{ id: "rate-card-heading" }}>
                  Rate card
                </AccordionHeader>
                <AccordionPanel collapseMotion={null} className={styles.panel}>
                  <section className={styles.section} aria-labelledby="rate-card-heading">
                    <Body1>A one-page price list for clients: pay-as-you-go against each agreement tier.</Body1>
                    <RateCardButton state={analysis.rateCard} onGenerate={() => void analysis.generateRateCard()} busy={busy} />
                  </section>
                </AccordionPanel>
              </AccordionItem>
            )}
          </Accordion>
        )}
      </main>
    </FluentProvider>
  );
}
