#!/usr/bin/env python3
"""Reads an .ics file with Python's `icalendar` (a parser coursecal did not write) and prints
each VEVENT as JSON, with times turned into UTC through the VTIMEZONE *in the file*, so a
wrong VTIMEZONE gives wrong instants. Used by the Rust integration tests."""
import json
import sys
from datetime import date, datetime, timezone

import icalendar

cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
zones = {str(vtz["TZID"]): vtz.to_tz() for vtz in cal.walk("VTIMEZONE")}


def instant(prop):
    if prop is None:
        return None
    v = prop.dt
    if isinstance(v, datetime):
        tzid = prop.params.get("TZID")
        if tzid is not None:
            if tzid not in zones:
                raise SystemExit(f"TZID {tzid} has no VTIMEZONE")
            tz = zones[tzid]
            naive = v.replace(tzinfo=None)
            local = tz.localize(naive) if hasattr(tz, "localize") else naive.replace(tzinfo=tz)
            return local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        if v.tzinfo is None:
            raise SystemExit("floating time found")
        return v.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(v, date):
        return v.isoformat()
    raise SystemExit(f"unexpected value {v!r}")


out = {"calendar": {k: str(cal.get(k)) for k in ("VERSION", "PRODID", "METHOD", "NAME", "X-WR-CALNAME", "X-WR-TIMEZONE", "REFRESH-INTERVAL", "X-PUBLISHED-TTL", "URL", "CALSCALE") if cal.get(k) is not None},
       "timezones": sorted(zones), "events": []}
for ev in cal.walk("VEVENT"):
    out["events"].append({
        "uid": str(ev["UID"]),
        "summary": str(ev.get("SUMMARY", "")),
        "description": str(ev.get("DESCRIPTION", "")),
        "location": str(ev.get("LOCATION")) if ev.get("LOCATION") is not None else None,
        "start": instant(ev.get("DTSTART")),
        "end": instant(ev.get("DTEND")),
        "status": str(ev.get("STATUS", "")),
        "sequence": int(ev.get("SEQUENCE", 0)),
        "transp": str(ev.get("TRANSP", "")),
        "categories": [str(c) for c in ev.get("CATEGORIES").cats] if ev.get("CATEGORIES") is not None else [],
    })
print(json.dumps(out, ensure_ascii=False, indent=1))
