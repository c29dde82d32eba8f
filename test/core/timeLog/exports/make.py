#!/usr/bin/env python3
"""Writes one CSV per time tracker / PSA from entries.json, in each vendor's documented export
format (headings, date and duration formats, encoding, delimiter): see README.md for the pages.
Run: /usr/bin/python3 test/core/timeLog/exports/make.py  (the CSVs are committed)."""
import csv, io, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ENTRIES = json.load(open(os.path.join(HERE, "entries.json"), encoding="utf-8"))["entries"]


def ymd(e):
    return [int(x) for x in e["date"].split("-")]


def mdy(e, pad=True):
    y, m, d = ymd(e)
    return f"{m:02d}/{d:02d}/{y}" if pad else f"{m}/{d}/{y}"


def dmy(e):
    y, m, d = ymd(e)
    return f"{d:02d}/{m:02d}/{y}"


def hms(hours):
    s = round(hours * 3600)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def first_last(e):
    return e["tech"].split(" ", 1)


def write(name, header, rows, encoding="utf-8", delimiter=",", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    text = buf.getvalue()
    data = text.encode(encoding)
    if bom:
        data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe"}[encoding] + data
    open(os.path.join(HERE, name), "wb").write(data)


def rate(e):
    return 0 if e["client"] == "Bright IT" else 125


# Harvest, Detailed time report export: UTF-8, comma, ISO dates, decimal hours; Task says remote.
write("harvest.csv",
      ["Date", "Client", "Project", "Project Code", "Task", "Notes", "Hours", "Hours Rounded", "Billable?", "Invoiced?",
       "Approved?", "First Name", "Last Name", "Roles", "Employee?", "Billable Rate", "Billable Amount", "Cost Rate",
       "Cost Amount", "Currency", "External Reference URL"],
      [[e["date"], e["client"], "Managed IT" if e["client"] != "Bright IT" else "Internal", "", "Remote support" if e["remote"] else "On-site support",
        e["note"], e["hours"], e["hours"], "Yes" if rate(e) else "No", "No", "Yes", *first_last(e), "Technician", "Yes",
        rate(e), f'{e["amount"]:.2f}', 45, f'{45 * e["hours"]:.2f}', "US Dollar - USD", ""] for e in ENTRIES])

# Toggl Track, Detailed report CSV: UTF-8 with BOM, Start date ISO, Duration hh:mm:ss, Tags, Amount (USD);
# its Task column is empty in a workspace without tasks, so the Tags say which entries were remote.
write("toggl.csv",
      ["User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date", "Start time", "End date", "End time",
       "Duration", "Tags", "Amount (USD)"],
      [[e["tech"], e["tech"].split()[0].lower() + "@brightit.example", e["client"], "Support", "", e["note"], "Yes" if rate(e) else "No",
        e["date"], "09:00:00", e["date"], "10:00:00", hms(e["hours"]), "remote" if e["remote"] else "onsite", f'{e["amount"]:.2f}']
       for e in ENTRIES], bom=True)

# Clockify, Detailed report CSV: UTF-8 with BOM, US dates, Duration (h) and Duration (decimal), Task.
write("clockify.csv",
      ["Project", "Client", "Description", "Task", "User", "Group", "Email", "Tags", "Billable", "Start Date", "Start Time",
       "End Date", "End Time", "Duration (h)", "Duration (decimal)", "Billable Rate (USD)", "Billable Amount (USD)"],
      [["Support", e["client"], e["note"], "Remote support" if e["remote"] else "On-site visit", e["tech"], "Techs",
        e["tech"].split()[0].lower() + "@brightit.example", "", "Yes" if rate(e) else "No", mdy(e), "09:00:00 AM", mdy(e), "10:00:00 AM",
        hms(e["hours"]), f'{e["hours"]:.2f}', f"{rate(e):.2f}", f'{e["amount"]:.2f}'] for e in ENTRIES], bom=True)

# ConnectWise PSA, time entries list exported: UTF-8, US dates without leading zeros, Work Type, Location.
write("connectwise.csv",
      ["Member Name", "Company", "Date", "Charge To", "Work Type", "Work Role", "Location", "Actual Hours", "Billable Hours",
       "Bill", "Rate", "Billable Amount", "Status", "Agreement", "Notes"],
      [[e["tech"], e["client"], mdy(e, pad=False), f"Service Ticket #{4100 + i}", "Remote Support" if e["remote"] else "Onsite Support",
        "Technician", "Remote" if e["remote"] else "On-Site", e["hours"], e["hours"], "B" if rate(e) else "NC", rate(e),
        f'{e["amount"]:.2f}', "Billed", "Break-fix", e["note"]] for i, e in enumerate(ENTRIES)])

# Autotask PSA, time entry search exported to CSV: UTF-8, a day/month/year locale, Hours Worked, Work Type, no amounts.
write("autotask.csv",
      ["Resource", "Account", "Ticket/Task Number", "Title", "Date Worked", "Start Time", "End Time", "Hours Worked",
       "Hours to Bill", "Work Type", "Role", "Billable", "Summary Notes"],
      [[e["tech"], e["client"], f"T2025070{i}.0001", e["note"], dmy(e), "09:00", "10:00", e["hours"], e["hours"],
        "Remote Support" if e["remote"] else "On-site Service", "Technician", "Yes" if rate(e) else "No", e["note"]]
       for i, e in enumerate(ENTRIES)])

# HaloPSA, an actions/time report exported from a decimal-comma locale: semicolons, "1,5" hours and "187,50" amounts.
write("halopsa.csv",
      ["Ticket ID", "Client Name", "Site", "Agent", "Date", "Charge Type", "Time Taken (hours)", "Amount", "Note"],
      [[2200 + i, e["client"], "Main", e["tech"], e["date"], "Remote Support" if e["remote"] else "Onsite Support",
        f'{e["hours"]:g}'.replace(".", ","), f'{e["amount"]:.2f}'.replace(".", ","), e["note"]] for i, e in enumerate(ENTRIES)],
      delimiter=";", bom=True)

# Syncro, ticket time entries report: Windows-1252 (saved by Excel on a Western Windows), tab-separated, date with a time.
write("syncro.csv",
      ["Ticket", "Subject", "Customer", "Technician", "Date", "Hours", "Billable", "Labor Type", "Notes", "Amount"],
      [[3300 + i, e["note"], e["client"], e["tech"], e["date"] + " 09:00", e["hours"], "true" if rate(e) else "false",
        "Remote Labor" if e["remote"] else "Onsite Labor", e["note"], f'{e["amount"]:.2f}'] for i, e in enumerate(ENTRIES)],
      encoding="cp1252", delimiter="\t")

# QuickBooks Time (TSheets), timesheets export saved as Unicode text: UTF-16LE with BOM, tabs, US dates.
write("quickbooks-time.csv",
      ["username", "fname", "lname", "local_date", "local_day", "local_start_time", "local_end_time", "tz", "hours",
       "jobcode", "customer", "service_item", "location", "notes", "approved_status"],
      [[e["tech"].split()[0].lower(), *first_last(e), mdy(e), "", "09:00", "10:00", "-7", e["hours"], e["client"], e["client"],
        "IT support", "" if e["remote"] else "(Mobile) client site", e["note"], "approved"] for e in ENTRIES],
      encoding="utf-16-le", delimiter="\t", bom=True)
