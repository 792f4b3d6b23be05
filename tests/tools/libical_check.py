#!/usr/bin/env python3
"""Reads an .ics file with libical (ICalGLib: the engine of Evolution and much of the Linux
desktop, a second strict reader beside Python's `icalendar`), runs its RFC 5545/5546
restriction check, and prints JSON: every error libical attached to the calendar, and each
VEVENT's start and end in UTC through the VTIMEZONE *in the file* (as ics_check.py does).

    libical_check.py FILE.ics
    libical_check.py --extract DIR MESSAGE   writes each text/calendar part of a message
                                             (.eml, or an insta .snap of one) to DIR/N.ics

Needs Debian's gir1.2-ical-3.0 and python3-gi, i.e. /usr/bin/python3 (tests/run.sh installs
them). Used by the Rust integration tests (tests/cli/standards.rs)."""
import email
import json
import os
import sys
from datetime import datetime, timezone

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I  # noqa: E402


def extract(out_dir, path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".snap"):
        # An insta snapshot: a YAML header between two "---" lines, then the message.
        text = text.split("\n---\n", 1)[1]
    msg = email.message_from_string(text)
    n = 0
    for part in msg.walk():
        if part.get_content_type() == "text/calendar":
            n += 1
            body = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
            with open(os.path.join(out_dir, f"{n}.ics"), "w", encoding="utf-8", newline="") as f:
                f.write(body)
            print(json.dumps({"part": n, "method": part.get_param("method")}))
    if n == 0:
        raise SystemExit(f"{path}: no text/calendar part")


def errors(comp, out):
    """Every X-LIC-ERROR libical attached while parsing or checking, in document order."""
    p = comp.get_first_property(I.PropertyKind.XLICERROR_PROPERTY)
    while p is not None:
        out.append(" ".join(p.get_xlicerror().split()))
        p = comp.get_next_property(I.PropertyKind.XLICERROR_PROPERTY)
    c = comp.get_first_component(I.ComponentKind.ANY_COMPONENT)
    while c is not None:
        errors(c, out)
        c = comp.get_next_component(I.ComponentKind.ANY_COMPONENT)


def instant(cal, t):
    if t is None or t.is_null_time():
        return None
    if t.is_date():
        return f"{t.get_year():04d}-{t.get_month():02d}-{t.get_day():02d}"
    if t.is_utc():
        seconds = t.as_timet()
    else:
        tzid = t.get_tzid()
        if tzid is None:
            raise SystemExit("floating time found")
        # Only the file's own VTIMEZONEs: a zone libical knows built in would hide a wrong one.
        zone = cal.get_timezone(tzid)
        if zone is None:
            raise SystemExit(f"TZID {tzid} has no VTIMEZONE")
        seconds = t.as_timet_with_zone(zone)
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def check(path):
    cal = I.Component.new_from_string(open(path, encoding="utf-8").read())
    if cal is None or cal.isa() != I.ComponentKind.VCALENDAR_COMPONENT:
        raise SystemExit(f"{path}: libical found no VCALENDAR")
    restrictions_ok = bool(I.restriction_check(cal))
    found = []
    errors(cal, found)
    method = cal.get_first_property(I.PropertyKind.METHOD_PROPERTY)
    out = {"restrictions_ok": restrictions_ok, "errors": found,
           "method": method.get_value_as_string() if method is not None else None,
           "events": []}
    ev = cal.get_first_component(I.ComponentKind.VEVENT_COMPONENT)
    while ev is not None:
        organizer = ev.get_first_property(I.PropertyKind.ORGANIZER_PROPERTY)
        out["events"].append({
            "uid": ev.get_uid(),
            "start": instant(cal, ev.get_dtstart()),
            "end": instant(cal, ev.get_dtend()),
            "organizer": organizer.get_organizer() if organizer is not None else None,
            "organizer_cn": organizer.get_parameter_as_string("CN") if organizer is not None else None,
        })
        ev = cal.get_next_component(I.ComponentKind.VEVENT_COMPONENT)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    if sys.argv[1] == "--extract":
        extract(sys.argv[2], sys.argv[3])
    else:
        check(sys.argv[1])
