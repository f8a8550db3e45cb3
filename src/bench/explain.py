#!/usr/bin/env python3
"""The EXPLAIN check's two halves (run by explain.sh; standard library only).

drive:  calls every URL of explain-urls.txt against the running API, several times each, and reads from the
        PostgreSQL log the plans that auto_explain wrote for the statements each URL ran (JSON, with ANALYZE and
        BUFFERS). Writes them to a JSON file.
report: judges the plans of both passes (the planner's own choice, then enable_seqscan off), writes the
        Markdown report and exits 1 when a check failed.
"""

import argparse
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

# The tables that grow with the content: a sequential scan of one of them grows with the data set.
CONTENT_TABLES = {"article", "comment", "person", "film", "credit", "article_person", "article_film"}

ENTRY_START = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \S+ \[\d+\] ")
PLAN_ENTRY = re.compile(r"LOG:  duration: ([0-9.]+) ms  plan:\s*$")


def read_urls(path):
    urls = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            flags, url = line.split(None, 1)
            urls.append({"flags": [] if flags == "-" else flags.split(","), "url": url})
    return urls


def get(base, url, token):
    request = urllib.request.Request(base + url, headers={"Accept": "application/json"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def log_entries(path, start, end):
    """The auto_explain entries written between two offsets of the log: (duration ms, plan document)."""
    with open(path, "rb") as f:
        f.seek(start)
        text = f.read(end - start).decode("utf-8", errors="replace")
    entries, current = [], None
    for line in text.split("\n"):
        if ENTRY_START.match(line):
            if current is not None:
                entries.append(current)
            match = PLAN_ENTRY.search(line)
            current = {"duration": float(match.group(1)), "lines": []} if match else None
        elif current is not None and line.startswith("\t"):
            current["lines"].append(line[1:])
    if current is not None:
        entries.append(current)
    plans = []
    for entry in entries:
        try:
            document = json.loads("\n".join(entry["lines"]))
        except ValueError:
            continue
        plans.append({"duration_ms": entry["duration"], "query": document.get("Query Text", ""),
                      "plan": document.get("Plan", {})})
    return plans


def settle(path, quiet=0.3, limit=10.0):
    """Waits until the log stops growing, then answers its size."""
    deadline = time.monotonic() + limit
    size = -1
    while time.monotonic() < deadline:
        with open(path, "rb") as f:
            f.seek(0, 2)
            now = f.tell()
        if now == size:
            return now
        size = now
        time.sleep(quiet)
    return size


def drive(args):
    results = []
    offset = settle(args.log)
    results.append({"flags": [], "url": "(start-up and background jobs)",
                    "plans": log_entries(args.log, args.since, offset)})
    for item in read_urls(args.urls):
        url = item["url"]
        token = args.token if {"editor", "moderator"} & set(item["flags"]) else None
        if "cursor" in item["flags"]:
            status, body = get(args.base, url, token)
            cursor = json.loads(body)["meta"]["nextCursor"] if status == 200 else None
            if not cursor:
                sys.exit(f"no nextCursor from {url} (status {status})")
            url += ("&" if "?" in url else "?") + "cursor=" + urllib.parse.quote(cursor, safe="")
        start = settle(args.log)
        statuses = set()
        for _ in range(args.repeat):
            status, _ = get(args.base, url, token)
            statuses.add(status)
        end = settle(args.log)
        results.append({"flags": item["flags"], "url": url, "statuses": sorted(statuses),
                        "plans": log_entries(args.log, start, end)})
        print(f"  {sorted(statuses)} {len(results[-1]['plans']):3d} plans  {url}", file=sys.stderr)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(results, f)


def nodes(plan, depth=0):
    yield plan, depth
    for child in plan.get("Plans", []):
        yield from nodes(child, depth + 1)


def normalise(query):
    return " ".join(query.split())


def short(query, width=110):
    text = normalise(query)
    return text if len(text) <= width else text[:width - 1] + "…"


def describe(node):
    kind = node.get("Node Type", "?")
    if node.get("Relation Name"):
        kind += " on " + node["Relation Name"]
    if node.get("Index Name"):
        kind += " using " + node["Index Name"]
    return kind


def render(plan):
    lines = []
    for node, depth in nodes(plan):
        details = []
        for key in ("Index Cond", "Recheck Cond", "Filter", "Sort Key", "Sort Method", "Hash Cond", "Join Filter"):
            if key in node:
                value = node[key]
                details.append(f"{key}: {', '.join(value) if isinstance(value, list) else value}")
        rows = node.get("Actual Rows")
        loops = node.get("Actual Loops")
        buffers = node.get("Shared Hit Blocks", 0) + node.get("Shared Read Blocks", 0)
        lines.append("  " * depth + f"-> {describe(node)}  (rows={rows} loops={loops} "
                     f"time={node.get('Actual Total Time')} ms buffers={buffers})")
        for detail in details:
            lines.append("  " * depth + "     " + detail)
    return "\n".join(lines)


def rows_read(node):
    """The rows a scan node read: those it returned and those its conditions removed, over all its loops."""
    per_loop = (node.get("Actual Rows", 0) + node.get("Rows Removed by Filter", 0)
                + node.get("Rows Removed by Index Recheck", 0))
    return per_loop * node.get("Actual Loops", 1)


def seq_scans(entry):
    """{(relation, statement): rows read} of every Seq Scan on a content table in these plans."""
    found = {}
    for plan in (entry or {}).get("plans", []):
        for node, _ in nodes(plan["plan"]):
            if node.get("Node Type") == "Seq Scan" and node.get("Relation Name") in CONTENT_TABLES:
                key = (node["Relation Name"], normalise(plan["query"]))
                found[key] = max(found.get(key, 0), rows_read(node))
    return found


def judge(entry, noseq_entry, threshold):
    """Findings for one URL: (level, text), level FAIL, WARN or note.

    FAIL: an error answer; a Seq Scan on a content table that remains with seq scans off (no index can serve it);
    a top-N sort of a page in a list marked ordered. WARN: a Seq Scan the planner chose over a usable index that
    reads more than `threshold` rows. note: any other scan that reads more than `threshold` rows of a content
    table (the statement's cost grows with the data), and top-N sorts in other lists.
    """
    findings = []
    statuses = entry.get("statuses", [200])
    if any(status >= 400 for status in statuses):
        findings.append(("FAIL", f"the API answered {statuses}"))
    unserved = seq_scans(noseq_entry)
    for (relation, query), rows in unserved.items():
        findings.append(("FAIL", f"no index serves this scan of {relation} ({rows} rows read): a Seq Scan "
                                 f"remains with seq scans off, in `{short(query, 100)}`"))
    large = {}
    for plan in entry["plans"]:
        query = normalise(plan["query"])
        for node, _ in nodes(plan["plan"]):
            relation = node.get("Relation Name")
            if relation in CONTENT_TABLES and rows_read(node) > threshold:
                key = (describe(node), query)
                large[key] = max(large.get(key, 0), rows_read(node))
    for (scan, query), rows in large.items():
        relation = scan.split(" on ")[1].split(" ")[0]
        if (relation, query) in unserved:
            continue
        level = "WARN" if scan.startswith("Seq Scan") else "note"
        why = " (the planner chose it over an index it could use)" if level == "WARN" else ""
        findings.append((level, f"{scan} reads {rows} rows{why}, in `{short(query, 100)}`"))
    sorted_pages = set()
    for plan in entry["plans"]:
        for node, _ in nodes(plan["plan"]):
            if node.get("Node Type") == "Sort" and node.get("Sort Method", "").startswith("top-N"):
                query = normalise(plan["query"])
                if query in sorted_pages:
                    continue
                sorted_pages.add(query)
                rows = sum(child.get("Actual Rows", 0) * child.get("Actual Loops", 1)
                           for child in node.get("Plans", []))
                findings.append(("FAIL" if "ordered" in entry["flags"] else "note",
                                 f"a page is sorted ({', '.join(node.get('Sort Key', []))}; {rows} rows in) "
                                 f"instead of read in index order, in `{short(query, 100)}`"))
    return findings


def last_plans(entry):
    """The last execution's plan of each distinct statement, in first-seen order."""
    by_query = {}
    for plan in entry["plans"]:
        by_query[normalise(plan["query"])] = plan
    return list(by_query.values())


def label(entry, with_order=False):
    text = "`" + entry["url"].split("&cursor=")[0].split("?cursor=")[0] + "`"
    if "cursor" in entry["flags"]:
        text += " (next page by cursor)"
    if with_order and "ordered" in entry["flags"]:
        text += " (ordered)"
    return text


def report(args):
    with open(args.natural, encoding="utf-8") as f:
        natural = json.load(f)
    with open(args.noseq, encoding="utf-8") as f:
        noseq = {entry["url"]: entry for entry in json.load(f)}
    failures = 0
    findings_list = []
    summary = ["| list or filter | statements | slowest (ms) | buffers | scans | verdict |",
               "| --- | ---: | ---: | ---: | --- | --- |"]
    details = []
    for entry in natural:
        findings = judge(entry, noseq.get(entry["url"]), args.rows)
        failures += sum(1 for level, _ in findings if level == "FAIL")
        findings_list += [f"- {level}: {label(entry)} — {text}" for level, text in findings]
        plans = last_plans(entry)
        scans = sorted({describe(node) for plan in plans for node, _ in nodes(plan["plan"])
                        if node.get("Relation Name") in CONTENT_TABLES})
        slowest = max((plan["duration_ms"] for plan in plans), default=0)
        buffers = sum(node.get("Shared Hit Blocks", 0) + node.get("Shared Read Blocks", 0)
                      for plan in plans for node, depth in nodes(plan["plan"]) if depth == 0)
        levels = {level for level, _ in findings}
        verdict = "FAIL" if "FAIL" in levels else "warn" if "WARN" in levels else "ok"
        summary.append(f"| {label(entry, True)} | {len(plans)} | {slowest:.2f} | {buffers} | "
                       f"{'<br>'.join(scans) or '-'} | {verdict} |")
        details.append(f"### {label(entry, True)}\n")
        for level, text in findings:
            details.append(f"- **{level}**: {text}")
        if findings:
            details.append("")
        for plan in plans:
            details.append(f"`{short(plan['query'], 160)}` — {plan['duration_ms']:.3f} ms\n")
            details.append("```\n" + render(plan["plan"]) + "\n```\n")
    text = [f"# EXPLAIN check (generated by src/bench/explain.sh, factor {args.factor})", "",
            "Every statement the API ran for each list and filter, as auto_explain logged it (ANALYZE, BUFFERS), "
            "on the benchmark data. The summary shows each URL's statements (distinct), the slowest one, the "
            "buffers the statements touched (last call), the scans of content tables and the verdict; "
            "the plans follow.", "",
            f"**{'FAILED' if failures else 'Passed'}**: {failures} failure(s).", "", "## Summary", ""]
    text += summary + ["", "## Findings", ""] + (findings_list or ["none"]) + ["", "## Plans", ""] + details
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(text) + "\n")
    print("\n".join(summary))
    print("\n".join(findings_list) or "no findings")
    print(f"\nEXPLAIN check: {'FAILED, ' + str(failures) + ' failure(s)' if failures else 'passed'} "
          f"(report: {args.out})")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("drive")
    d.add_argument("--base", required=True)
    d.add_argument("--log", required=True)
    d.add_argument("--urls", required=True)
    d.add_argument("--token")
    d.add_argument("--repeat", type=int, default=12)
    d.add_argument("--since", type=int, default=0, help="log offset where this server's statements begin")
    d.add_argument("--out", required=True)
    r = commands.add_parser("report")
    r.add_argument("--natural", required=True)
    r.add_argument("--noseq", required=True)
    r.add_argument("--factor", default="1")
    r.add_argument("--rows", type=int, default=1000,
                   help="a scan of a content table that reads more rows than this is reported")
    r.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.command == "drive":
        drive(args)
        return 0
    return report(args)


if __name__ == "__main__":
    sys.exit(main())
