/** The sheet a proposal goes on: Excel's sheet-name rules, unique per client, never a user's sheet. */
import { MAX_SHEET_NAME, proposalSheetCandidate, proposalSheetName, sheetSafeText } from "../../../src/core/report/outputs/proposalSheetName";
import { isProposalSheetName, ownershipName, proposalMarker } from "../../../src/core/report/outputs/names";

const none = () => false;

describe("a proposal's sheet name", () => {
  it("is `Proposal – CLIENT` with an en dash", () => {
    expect(proposalSheetName("Harbor Law", ["Acme Dental", "Harbor Law"], none)).toBe("Proposal – Harbor Law");
  });

  it("drops the characters Excel forbids in a sheet name, and never ends in an apostrophe", () => {
    expect(sheetSafeText("Smith/Jones: [Law]*?\\")).toBe("SmithJones Law");
    expect(sheetSafeText("Line\none\ttwo")).toBe("Line one two");
    expect(sheetSafeText("???")).toBe("Client");
    expect(proposalSheetCandidate("Bob's '")).toBe("Proposal – Bob's");
  });

  it("is cut to Excel's 31 characters, never splitting an emoji", () => {
    const name = proposalSheetCandidate("Harbor Law Partners of Greater Boston LLP");
    expect(name).toBe("Proposal – Harbor Law Partners");
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    const emoji = proposalSheetCandidate("Café 😀😀😀😀😀😀😀😀😀😀😀😀");
    expect(emoji.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it("differs for two clients whose names shorten alike, in client order, and stays the same on a re-make", () => {
    const clients = ["Harbor Law Partners of Greater Boston LLP", "Harbor Law Partners of Greater Boston Inc"];
    expect(proposalSheetName(clients[0]!, clients, none)).toBe("Proposal – Harbor Law Partners");
    expect(proposalSheetName(clients[1]!, clients, none)).toBe("Proposal – Harbor Law Partn (2)");
    expect(proposalSheetName(clients[1]!, clients, none).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    // Clients that differ only in case or spaces are the same client (a duplicate): one sheet.
    expect(proposalSheetName(" harbor law", ["Harbor Law", "harbor law"], none)).toBe("Proposal – Harbor Law");
    expect(proposalSheetName("A/B", ["A/B", "AB"], none)).toBe("Proposal – AB");
    expect(proposalSheetName("AB", ["A/B", "AB"], none)).toBe("Proposal – AB (2)");
  });

  it("passes over a sheet of the user's with that name (any case), leaving it alone", () => {
    const foreign = (name: string) => name.toLowerCase() === "proposal – harbor law";
    expect(proposalSheetName("Harbor Law", ["Harbor Law"], foreign)).toBe("Proposal – Harbor Law (2)");
  });
});

describe("a proposal sheet's ownership marker", () => {
  it("is a valid defined name of its own for each sheet, the same in any case", () => {
    const marker = proposalMarker("Proposal – Harbor Law");
    expect(marker).toMatch(/^ServicePricer_Owned_Proposal_HarborLaw_[0-9a-f]{16}$/);
    expect(marker.length).toBeLessThanOrEqual(255);
    expect(proposalMarker("PROPOSAL – HARBOR LAW")).toMatch(/_[0-9a-f]{16}$/);
    expect(proposalMarker("PROPOSAL – HARBOR LAW").slice(-16)).toBe(marker.slice(-16));
    expect(proposalMarker("Proposal – Harbor Law (2)")).not.toBe(marker);
    expect(proposalMarker("Proposal – Café Ünïcode")).toMatch(/^ServicePricer_Owned_Proposal_CafeUnicode_[0-9a-f]{16}$/);
  });

  it("is what ownershipName gives for a proposal sheet, and nothing for a user's other sheets", () => {
    expect(ownershipName("Proposal – Harbor Law")).toBe(proposalMarker("Proposal – Harbor Law"));
    expect(isProposalSheetName("proposal – x")).toBe(true);
    expect(ownershipName("Proposals")).toBeUndefined();
    expect(ownershipName("Rate Card")).toBe("ServicePricer_Owned_RateCard");
  });
});
