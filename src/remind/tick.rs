//! The reminder pass (`tick`: plan → send → record) and the cron-driven loop around it.

use chrono::{DateTime, Utc};
use lettre::message::Mailbox;

use crate::course::crontab::CronSpec;
use crate::course::settings::{DeliveryMode, MailSettings, NoticeSettings, ReminderSettings};
use crate::model::Course;
use crate::remind::compose::{Links, PartsCache, compose};
use crate::remind::compose_notice::{Context, Recipient, compose_digest, compose_notice};
use crate::remind::digest::due_digest;
use crate::remind::ledger::{Announcement, Delivery, LedgerError, LedgerStore, Outcome};
use crate::remind::notices::plan_notices;
use crate::remind::plan::{Audience, Planned, plan_for};
use crate::remind::transport::{Mailer, Outgoing, SendError};

/// Everything a pass needs besides the ledger and the mailer.
#[derive(Debug)]
pub struct PassInput<'a> {
    /// The course.
    pub course: &'a Course,
    /// Leads.
    pub reminders: &'a ReminderSettings,
    /// Mail settings.
    pub mail: &'a MailSettings,
    /// Roster addresses (already read).
    pub roster: &'a [Mailbox],
    /// Which sections' events each recipient is owed (empty: every event to everyone).
    pub audience: &'a Audience,
    /// Links for the message.
    pub links: &'a Links,
    /// The published feed, for the attachment's SEQUENCE.
    pub previous_feed: &'a crate::feed::Previous,
    /// Change notices.
    pub notices: &'a NoticeSettings,
    /// The weekly digest's schedule, if the course has one.
    pub digest: Option<&'a CronSpec>,
    /// Now.
    pub now: DateTime<Utc>,
}

/// One message unit: who it goes to, and its ledger key.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Ledger recipient key.
    pub key: String,
    /// To.
    pub to: Vec<Mailbox>,
    /// Bcc.
    pub bcc: Vec<Mailbox>,
}

/// The message units of a course. In list mode the `to` addresses get one message (ledger
/// key "list", so adding a TA to the list does not resend everything); roster addresses always
/// get one message each, so one bad address never costs the class its reminder.
pub fn units(mail: &MailSettings, roster: &[Mailbox]) -> Vec<Unit> {
    let mut out = Vec::with_capacity(mail.to.len() + roster.len());
    let mut seen = std::collections::HashSet::with_capacity(mail.to.len() + roster.len());
    match mail.delivery {
        DeliveryMode::List if !mail.to.is_empty() => {
            for m in &mail.to {
                seen.insert(m.email.to_string().to_lowercase());
            }
            out.push(Unit {
                key: "list".to_string(),
                to: mail.to.clone(),
                bcc: Vec::new(),
            });
        }
        _ => {}
    }
    let singles = match mail.delivery {
        DeliveryMode::List => roster.iter().collect::<Vec<_>>(),
        DeliveryMode::Individual => mail.to.iter().chain(roster).collect(),
    };
    for m in singles {
        if seen.insert(AsRef::<str>::as_ref(&m.email).to_lowercase()) {
            out.push(Unit {
                key: m.email.to_string(),
                to: vec![m.clone()],
                bcc: Vec::new(),
            });
        }
    }
    out
}

/// Composes one unit's message at the time of sending.
type Compose<'c> = dyn Fn(&Unit, DateTime<Utc>) -> Result<Outgoing, lettre::error::Error> + 'c;

/// A unit as a message's recipient.
fn recipient(u: &Unit) -> Recipient<'_> {
    Recipient {
        to: &u.to,
        bcc: &u.bcc,
        key: &u.key,
    }
}

/// Whether a unit is owed the news of an event of `section` (`None`: a shared event).
fn owed(audience: &Audience, unit: &Unit, section: Option<&str>) -> bool {
    match (section, audience.get(&unit.key)) {
        (None, _) | (_, None) => true,
        (Some(s), Some(mine)) => mine.as_deref() == Some(s),
    }
}

/// What a pass did.
#[derive(Debug, Default)]
pub struct PassReport {
    /// Messages accepted: (subject, recipient).
    pub sent: Vec<(String, String)>,
    /// Permanent failures: (subject, recipient, reason).
    pub failed: Vec<(String, String, String)>,
    /// Transient failures, left pending: (subject, recipient, reason).
    pub retry: Vec<(String, String, String)>,
    /// Reminders superseded this pass.
    pub superseded: usize,
    /// Messages composed but not sent (dry run), a reminder's with its header block only as
    /// bytes; empty when a dry run
    /// streamed them out ([`dry_tick`]).
    pub dry_run: Vec<Outgoing>,
    /// How many messages a dry run composed, kept or streamed.
    pub composed: usize,
}

impl PassReport {
    /// True when something failed.
    pub fn has_failures(&self) -> bool {
        !self.failed.is_empty() || !self.retry.is_empty()
    }
}

/// The plan at `now` for a course, from the ledger.
pub fn current_plan(input: &PassInput<'_>, ledger: &crate::remind::ledger::Ledger) -> Vec<Planned> {
    let keys: Vec<String> = units(input.mail, input.roster)
        .into_iter()
        .map(|u| u.key)
        .collect();
    plan_for(
        input.course,
        input.reminders,
        ledger,
        &keys,
        input.audience,
        input.now,
    )
}

/// One pass: plan, send what is due, record each outcome as it happens.
///
/// Each message is claimed in `ledger` before it is sent (waiting for an overlapping pass's
/// message, and skipped if that pass sent it) and its outcome recorded before the next one, so
/// a crash can repeat at most the message in flight (with the same Message-ID). `clock` is read again before every send, so a long fan-out never sends
/// after the event began. A connection failure stops the pass: the rest stays pending.
pub fn tick(
    input: &PassInput<'_>,
    ledger: &mut dyn LedgerStore,
    mailer: &mut dyn Mailer,
    dry_run: bool,
    clock: &dyn Fn() -> DateTime<Utc>,
    log: &mut dyn FnMut(&str),
) -> Result<PassReport, LedgerError> {
    run(input, ledger, mailer, dry_run, None, clock, log)
}

/// A dry run that hands each composed message to `sink` as it is made instead of keeping it:
/// a roster of 100,000 is never held as 100,000 messages. Sends and records nothing.
pub fn dry_tick(
    input: &PassInput<'_>,
    ledger: &mut dyn LedgerStore,
    clock: &dyn Fn() -> DateTime<Utc>,
    log: &mut dyn FnMut(&str),
    sink: &mut dyn FnMut(Outgoing),
) -> Result<PassReport, LedgerError> {
    let mut stub = crate::remind::transport::StubMailer::default();
    run(input, ledger, &mut stub, true, Some(sink), clock, log)
}

/// The pass behind [`tick`] and [`dry_tick`].
fn run(
    input: &PassInput<'_>,
    ledger: &mut dyn LedgerStore,
    mailer: &mut dyn Mailer,
    dry_run: bool,
    sink: Option<&mut dyn FnMut(Outgoing)>,
    clock: &dyn Fn() -> DateTime<Utc>,
    log: &mut dyn FnMut(&str),
) -> Result<PassReport, LedgerError> {
    // Made once: with a large roster, units are most of a quiet pass's work.
    let units = units(input.mail, input.roster);
    let keys: Vec<String> = units.iter().map(|u| u.key.clone()).collect();
    // `[mail] sessions`: the further sessions, each with its own connection, opened on first use.
    let extra = if dry_run {
        Vec::new()
    } else {
        (1..mailer.sessions())
            .filter_map(|_| mailer.another())
            .collect()
    };
    let mut pass = Pass {
        input,
        units: &units,
        ledger,
        mailer,
        extra,
        dry_run,
        // Re-borrowed for the pass, which is shorter than the caller's sink.
        sink: sink.map(|s| s as &mut dyn FnMut(Outgoing)),
        clock,
        log,
        report: PassReport::default(),
    };
    // Notices first: students hear that Hw2 moved before any reminder of its new time. The
    // reminders of the old time are gone from the plan (their key holds the event start).
    if let Flow::Stop = pass.notices()? {
        return Ok(pass.report);
    }
    if let Flow::Stop = pass.digest()? {
        return Ok(pass.report);
    }
    let planned = plan_for(
        input.course,
        input.reminders,
        pass.ledger.ledger(),
        &keys,
        input.audience,
        input.now,
    );
    if !dry_run {
        pass.record_superseded(&planned)?;
    }
    for p in planned.iter().filter(|p| p.status.is_due()) {
        if let Flow::Stop = pass.remind(p)? {
            break;
        }
    }
    Ok(pass.report)
}

/// A dry run's copy of `template` (the same reminder, composed at the same time) for a unit
/// of one address: only the Message-ID, the To header and the envelope depend on the
/// recipient, so the copy's bytes are the template's header block with those two headers
/// replaced (a dry run keeps no bodies). None for a unit it cannot copy to (several
/// addresses, Bcc).
fn dry_copy(
    template: &Outgoing,
    reminder: &crate::remind::plan::Reminder,
    unit: &Unit,
    mail: &MailSettings,
) -> Option<Outgoing> {
    let [to] = unit.to.as_slice() else {
        return None;
    };
    if !unit.bcc.is_empty() {
        return None;
    }
    let message_id = crate::remind::compose::message_id(reminder, &unit.key, &mail.from);
    let envelope =
        lettre::address::Envelope::new(Some(mail.from.email.clone()), vec![to.email.clone()])
            .ok()?;
    Some(Outgoing {
        envelope,
        bytes: crate::remind::compose::with_recipient(&template.bytes, to, &message_id),
        message_id,
        recipient: unit.key.clone(),
        subject: template.subject.clone(),
        text: template.text.clone(),
    })
}

/// Whether a pass goes on after a message.
enum Flow {
    Next,
    Stop,
}

/// A pass under way: its seams, the message units, and what it has done so far.
struct Pass<'p, 'a> {
    input: &'p PassInput<'a>,
    units: &'p [Unit],
    ledger: &'p mut dyn LedgerStore,
    mailer: &'p mut dyn Mailer,
    /// Sessions beyond `mailer`'s own (`[mail] sessions` − 1); empty in a dry run.
    extra: Vec<Box<dyn Mailer + Send>>,
    dry_run: bool,
    /// Where a streaming dry run's messages go (kept in the report without one).
    sink: Option<&'p mut dyn FnMut(Outgoing)>,
    clock: &'p dyn Fn() -> DateTime<Utc>,
    log: &'p mut dyn FnMut(&str),
    report: PassReport,
}

impl Pass<'_, '_> {
    /// Records, in one write, every lead a more urgent one replaces now.
    fn record_superseded(&mut self, planned: &[Planned]) -> Result<(), LedgerError> {
        let mut superseded = Vec::new();
        for p in planned {
            for (to, by) in &p.superseded {
                superseded.push(Outcome {
                    key: p.reminder.key.clone(),
                    to: to.clone(),
                    delivery: Delivery::Superseded {
                        at: self.input.now,
                        by: by.clone(),
                    },
                });
            }
        }
        self.report.superseded = superseded.len();
        if superseded.is_empty() {
            return Ok(());
        }
        self.ledger.record(&superseded)
    }

    /// Sends one due reminder to each unit it still owes, in order.
    fn remind(&mut self, p: &Planned) -> Result<Flow, LedgerError> {
        let input = self.input;
        let Some(event) = input.course.event(&p.reminder.uid) else {
            return Ok(Flow::Next);
        };
        let organizer = input.mail.organizer().email.to_string();
        let ics = crate::feed::single_event(
            input.course,
            event,
            input.previous_feed,
            input.now,
            &organizer,
        );
        let units = self.units;
        // A dry run composes the message once and gives each further recipient a copy with
        // their Message-ID and envelope: a roster of 100,000 is 100,000 copies, not composes.
        let mut dry_template: Option<(DateTime<Utc>, Outgoing)> = None;
        let outstanding: std::collections::HashSet<&str> =
            p.outstanding.iter().map(String::as_str).collect();
        let owed: Vec<&Unit> = units
            .iter()
            .filter(|u| outstanding.contains(u.key.as_str()))
            .collect();
        if !self.extra.is_empty() {
            return self.remind_parallel(p, event, &ics, &owed);
        }
        // The parts every copy of this reminder shares, encoded once.
        let cache = PartsCache::default();
        for unit in owed {
            // The claim waits for any other pass's message and re-reads the ledger: what that
            // pass sent meanwhile is not sent again.
            if !self.dry_run && !self.ledger.claim(&p.reminder.key, &unit.key)? {
                (self.log)(&format!(
                    "already sent by another pass: {} → {}",
                    event.title, unit.key
                ));
                continue;
            }
            // Read afresh for every message: a long fan-out must not run into the event.
            let now = (self.clock)();
            if now >= p.reminder.event_start {
                self.release()?;
                (self.log)(&format!(
                    "not sent, the event has begun: {} → {}",
                    event.title, unit.key
                ));
                continue;
            }
            let composed = match &dry_template {
                Some((at, t)) if *at == now => dry_copy(t, &p.reminder, unit, input.mail),
                _ => None,
            };
            let composed = composed.map_or_else(
                || compose_reminder(input, event, p, unit, &ics, now, &cache),
                Ok,
            );
            let msg = match composed {
                Ok(m) => m,
                Err(e) => {
                    self.release()?;
                    let reason = format!("could not compose: {e}");
                    let failed = (event.title.clone(), unit.key.clone(), reason);
                    self.report.failed.push(failed);
                    continue;
                }
            };
            if self.dry_run {
                // The header block only: what the preview shows, without a roster's bodies.
                let msg = Outgoing {
                    bytes: crate::remind::compose::header_block(&msg.bytes),
                    ..msg
                };
                dry_template = Some((now, msg.clone()));
                self.emit(msg);
            } else if let Flow::Stop = self.deliver(&p.reminder.key, unit, msg, now)? {
                return Ok(Flow::Stop);
            }
        }
        Ok(Flow::Next)
    }

    /// Sends one due reminder to `owed` over the parallel sessions.
    fn remind_parallel(
        &mut self,
        p: &Planned,
        event: &crate::model::Event,
        ics: &str,
        owed: &[&Unit],
    ) -> Result<Flow, LedgerError> {
        let input = self.input;
        let cache = PartsCache::default();
        let make =
            |u: &Unit, now: DateTime<Utc>| compose_reminder(input, event, p, u, ics, now, &cache);
        let batch = Batch {
            key: &p.reminder.key,
            title: &event.title,
            starts: Some(p.reminder.event_start),
        };
        self.fan_out_parallel(&batch, owed, &make)
    }

    /// Records the baseline (or drops it), takes quiet changes as announced, and sends each
    /// change notice to every unit; a notice's change becomes the announced version once
    /// every unit has it (sent, or refused for good).
    fn notices(&mut self) -> Result<Flow, LedgerError> {
        let input = self.input;
        let plan = plan_notices(input.course, input.notices, self.ledger.ledger(), input.now);
        if !self.dry_run {
            if let Some(a) = &plan.setup {
                self.ledger.announce(a)?;
                if let Announcement::Baseline { .. } = a {
                    (self.log)(
                        "notices: the course as it stands now is what students know; later changes to it are announced",
                    );
                }
            }
            if !plan.quiet.is_empty() {
                self.ledger.announce(&Announcement::Update {
                    versions: plan.quiet.clone(),
                    notices: Vec::new(),
                })?;
            }
        }
        let organizer = input.mail.organizer().email.to_string();
        for n in &plan.notices {
            let ics = input.course.event(&n.change.uid).map(|e| {
                crate::feed::single_event(
                    input.course,
                    e,
                    input.previous_feed,
                    input.now,
                    &organizer,
                )
            });
            let make = |u: &Unit, now: DateTime<Utc>| {
                let cx = Context {
                    course: input.course,
                    mail: input.mail,
                    links: input.links,
                    now,
                };
                compose_notice(&cx, n, ics.as_deref(), recipient(u))
            };
            // A section's event is news to its students only (and to everyone owed every event).
            let section = input
                .course
                .event(&n.change.uid)
                .and_then(|e| e.section.as_deref());
            if let Flow::Stop = self.fan_out(&n.key, &make, section)? {
                return Ok(Flow::Stop);
            }
            let ledger = self.ledger.ledger();
            let owed = |u: &&Unit| owed(input.audience, u, section);
            if !self.dry_run
                && self
                    .units
                    .iter()
                    .filter(owed)
                    .all(|u| ledger.settled(&n.key, &u.key))
            {
                self.ledger.announce(&n.done(input.now))?;
            }
        }
        Ok(Flow::Next)
    }

    /// Sends the week's digest to every unit, when one is due.
    fn digest(&mut self) -> Result<Flow, LedgerError> {
        let input = self.input;
        let Some(cron) = input.digest else {
            return Ok(Flow::Next);
        };
        let Some(d) = due_digest(input.course, cron, self.ledger.ledger(), input.now) else {
            return Ok(Flow::Next);
        };
        let make = |u: &Unit, now: DateTime<Utc>| {
            let cx = Context {
                course: input.course,
                mail: input.mail,
                links: input.links,
                now,
            };
            // A student of a section reads the week of their section and the shared events.
            let mine = d.only(input.course, |s| owed(input.audience, u, s));
            compose_digest(&cx, &mine, recipient(u))
        };
        self.fan_out(&d.key, &make, None)
    }

    /// Sends the message `key` to each unit still owed it, composed by `make` at the time of
    /// sending; claimed and recorded one by one, as reminders are.
    fn fan_out(
        &mut self,
        key: &str,
        make: &Compose<'_>,
        section: Option<&str>,
    ) -> Result<Flow, LedgerError> {
        let units = self.units;
        let audience = self.input.audience;
        if !self.extra.is_empty() {
            let ledger = self.ledger.ledger();
            let owed: Vec<&Unit> = units
                .iter()
                .filter(|u| owed(audience, u, section) && !ledger.settled(key, &u.key))
                .collect();
            let batch = Batch {
                key,
                title: key,
                starts: None,
            };
            return self.fan_out_parallel(&batch, &owed, make);
        }
        for unit in units.iter().filter(|u| owed(audience, u, section)) {
            if self.ledger.ledger().settled(key, &unit.key) {
                continue;
            }
            if !self.dry_run && !self.ledger.claim(key, &unit.key)? {
                continue;
            }
            let now = (self.clock)();
            let msg = match make(unit, now) {
                Ok(m) => m,
                Err(e) => {
                    self.release()?;
                    let failed = (
                        key.to_string(),
                        unit.key.clone(),
                        format!("could not compose: {e}"),
                    );
                    self.report.failed.push(failed);
                    continue;
                }
            };
            if self.dry_run {
                self.emit(msg);
            } else if let Flow::Stop = self.deliver(key, unit, msg, now)? {
                return Ok(Flow::Stop);
            }
        }
        Ok(Flow::Next)
    }

    /// A dry run's message: to the sink, or kept in the report.
    fn emit(&mut self, msg: Outgoing) {
        self.report.composed += 1;
        match &mut self.sink {
            Some(sink) => sink(msg),
            None => self.report.dry_run.push(msg),
        }
    }

    /// Ends a claim that sends nothing (a dry run holds none).
    fn release(&mut self) -> Result<(), LedgerError> {
        if self.dry_run {
            Ok(())
        } else {
            self.ledger.release()
        }
    }

    /// Hands one message to the mailer and records the answer before anything else is sent.
    fn deliver(
        &mut self,
        key: &str,
        unit: &Unit,
        msg: Outgoing,
        now: DateTime<Utc>,
    ) -> Result<Flow, LedgerError> {
        let answer = self.mailer.send(&msg);
        self.settle(key, vec![(unit, msg, now, answer)])
    }

    /// Sends `batch.key` to `owed` over every session at once, one message per session at a
    /// time: each batch is claimed in one step, the clock is read and the message composed
    /// just before it leaves, and every answer of the batch is recorded in one durable write
    /// before the next batch is claimed. A crash can so repeat at most the batch in flight:
    /// one message per session, each with its Message-ID.
    fn fan_out_parallel(
        &mut self,
        batch: &Batch<'_>,
        owed: &[&Unit],
        make: &Compose<'_>,
    ) -> Result<Flow, LedgerError> {
        for chunk in owed.chunks(self.extra.len() + 1) {
            let tos: Vec<&str> = chunk.iter().map(|u| u.key.as_str()).collect();
            let claimed = self.ledger.claim_many(batch.key, &tos)?;
            let mut ready = Vec::with_capacity(chunk.len());
            for (unit, claimed) in chunk.iter().zip(claimed) {
                if !claimed {
                    let line = format!(
                        "already sent by another pass: {} → {}",
                        batch.title, unit.key
                    );
                    (self.log)(&line);
                    continue;
                }
                let now = (self.clock)();
                if batch.starts.is_some_and(|s| now >= s) {
                    let line = format!(
                        "not sent, the event has begun: {} → {}",
                        batch.title, unit.key
                    );
                    (self.log)(&line);
                    continue;
                }
                match make(unit, now) {
                    Ok(msg) => ready.push((*unit, msg, now)),
                    Err(e) => {
                        let reason = format!("could not compose: {e}");
                        let failed = (batch.title.to_string(), unit.key.clone(), reason);
                        self.report.failed.push(failed);
                    }
                }
            }
            if ready.is_empty() {
                self.release()?;
                continue;
            }
            let answers = self.send_at_once(&ready);
            let done = ready
                .into_iter()
                .zip(answers)
                .map(|((u, m, now), a)| (u, m, now, a))
                .collect();
            if let Flow::Stop = self.settle(batch.key, done)? {
                return Ok(Flow::Stop);
            }
        }
        Ok(Flow::Next)
    }

    /// Sends the first message over the pass's own session and each further one over a
    /// session of its own, all at once; the answers in the messages' order.
    fn send_at_once(
        &mut self,
        ready: &[(&Unit, Outgoing, DateTime<Utc>)],
    ) -> Vec<Result<(), SendError>> {
        let Some(((_, first, _), rest)) = ready.split_first() else {
            return Vec::new();
        };
        let (mailer, extra) = (&mut *self.mailer, &mut self.extra);
        std::thread::scope(|s| {
            let others: Vec<_> = extra
                .iter_mut()
                .zip(rest)
                .map(|(m, (_, msg, _))| s.spawn(move || m.send(msg)))
                .collect();
            let mut answers = vec![mailer.send(first)];
            for h in others {
                // A session that panicked may have sent its message: recorded as a retry, the
                // pass stops, and at most that message repeats (the crash bound).
                answers.push(h.join().unwrap_or_else(|_| {
                    Err(SendError::Connection(
                        "a sending session stopped unexpectedly".into(),
                    ))
                }));
            }
            answers
        })
    }

    /// Records the answers to messages sent at once in one durable write, then logs and
    /// reports each. A connection failure (refused, login, TLS, timeout) is recorded as a
    /// retry, so `plan` says why, and stops the pass: the rest stays due.
    fn settle(&mut self, key: &str, done: Vec<Answered<'_>>) -> Result<Flow, LedgerError> {
        let outcomes: Vec<Outcome> = done
            .iter()
            .map(|(unit, msg, now, answer)| Outcome {
                key: key.to_string(),
                to: unit.key.clone(),
                delivery: delivery_of(answer, msg, *now),
            })
            .collect();
        self.ledger.record(&outcomes)?;
        let mut flow = Flow::Next;
        for (unit, msg, _, answer) in done {
            let (subject, to) = (msg.subject, unit.key.clone());
            match answer {
                Ok(()) => {
                    let via = self.mailer.describe();
                    (self.log)(&format!("sent: {subject} → {to} ({via})"));
                    self.report.sent.push((subject, to));
                }
                Err(SendError::Permanent(reason)) => {
                    (self.log)(&format!("failed for good: {subject} → {to}: {reason}"));
                    self.report.failed.push((subject, to, reason));
                }
                Err(SendError::Transient(reason)) => {
                    (self.log)(&format!("will retry: {subject} → {to}: {reason}"));
                    self.report.retry.push((subject, to, reason));
                }
                Err(SendError::Connection(reason)) => {
                    (self.log)(&format!(
                        "cannot use the mail server, stopping this pass (nothing is lost; it is retried next pass): {reason}"
                    ));
                    self.report.retry.push((subject, to, reason));
                    flow = Flow::Stop;
                }
            }
        }
        Ok(flow)
    }
}

/// A message handed to a session, with the time it was composed and the server's answer.
type Answered<'u> = (&'u Unit, Outgoing, DateTime<Utc>, Result<(), SendError>);

/// One message sent to many units over parallel sessions: its ledger key, its name for logs,
/// and the event start after which nothing more goes out (reminders only).
struct Batch<'b> {
    key: &'b str,
    title: &'b str,
    starts: Option<DateTime<Utc>>,
}

/// A reminder's message to one unit, composed at `now`.
fn compose_reminder(
    input: &PassInput<'_>,
    event: &crate::model::Event,
    p: &Planned,
    unit: &Unit,
    ics: &str,
    now: DateTime<Utc>,
    cache: &PartsCache,
) -> Result<Outgoing, lettre::error::Error> {
    let (to, bcc, key) = (&unit.to, &unit.bcc, &unit.key);
    let (course, mail, links) = (input.course, input.mail, input.links);
    compose(
        course,
        event,
        &p.reminder,
        mail,
        to,
        bcc,
        key,
        ics,
        links,
        now,
        cache,
    )
}

/// What the ledger records for a server's answer.
fn delivery_of(answer: &Result<(), SendError>, msg: &Outgoing, at: DateTime<Utc>) -> Delivery {
    match answer {
        Ok(()) => Delivery::Sent {
            at,
            message_id: msg.message_id.clone(),
        },
        Err(SendError::Permanent(reason)) => Delivery::Failed {
            at,
            reason: reason.clone(),
        },
        Err(SendError::Transient(reason) | SendError::Connection(reason)) => Delivery::Retry {
            at,
            reason: reason.clone(),
        },
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::remind::ledger::{Ledger, MemoryLedger};
    use crate::remind::transport::StubMailer;

    /// hw2's deadline in the reference syllabus: Tue 22 Nov 2022, 23:59 Istanbul.
    const HW2: &str = "2022-11-22T20:59:00Z";

    fn course() -> Course {
        crate::course::build::reference_course(&Default::default())
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    /// A course, its settings and three students, ready to make a `PassInput` at any `now`.
    struct Fixture {
        course: Course,
        reminders: ReminderSettings,
        mail: MailSettings,
        roster: Vec<Mailbox>,
        audience: Audience,
        links: Links,
        feed: crate::feed::Previous,
        notices: NoticeSettings,
    }

    impl Fixture {
        fn new() -> Fixture {
            Fixture {
                course: course(),
                reminders: ReminderSettings::default(),
                mail: MailSettings {
                    from: "CEng 501 <bot@example.edu>".parse().unwrap(),
                    ..MailSettings::default()
                },
                roster: ["a@x.org", "b@x.org", "c@x.org"]
                    .iter()
                    .map(|a| a.parse().unwrap())
                    .collect(),
                audience: Audience::new(),
                links: Links::default(),
                feed: crate::feed::Previous::default(),
                // Off unless a test is about notices: the reminder tests count ledger writes.
                notices: NoticeSettings {
                    enabled: false,
                    ..NoticeSettings::default()
                },
            }
        }

        fn input(&self, now: DateTime<Utc>) -> PassInput<'_> {
            PassInput {
                course: &self.course,
                reminders: &self.reminders,
                mail: &self.mail,
                roster: &self.roster,
                audience: &self.audience,
                links: &self.links,
                previous_feed: &self.feed,
                notices: &self.notices,
                digest: None,
                now,
            }
        }

        /// One real (not dry) pass with the clock pinned at `now`; returns the report and log.
        fn pass(
            &self,
            now: DateTime<Utc>,
            ledger: &mut dyn LedgerStore,
            mailer: &mut StubMailer,
        ) -> (PassReport, Vec<String>) {
            let mut lines = Vec::new();
            let report = tick(&self.input(now), ledger, mailer, false, &|| now, &mut |l| {
                lines.push(l.to_string())
            })
            .unwrap();
            (report, lines)
        }
    }

    /// The (reminder lead, recipient) of every accepted message, in order.
    fn sent(mailer: &StubMailer) -> Vec<(String, String)> {
        mailer
            .sent
            .iter()
            .map(|m| (lead_of(&m.message_id), m.recipient.clone()))
            .collect()
    }

    /// The lead in a Message-ID such as `<ceng501.3h.20221122T2059Z.…@…>`.
    fn lead_of(message_id: &str) -> String {
        message_id.split('.').nth(1).unwrap_or_default().to_string()
    }

    fn delivery<'a>(ledger: &'a Ledger, lead: &str, to: &str) -> Option<&'a Delivery> {
        ledger
            .reminders
            .iter()
            .find(|(k, _)| k.contains("deadline-hw2") && k.split('|').nth(1) == Some(lead))
            .and_then(|(_, r)| r.recipients.get(to))
    }

    #[test]
    fn a_second_pass_at_the_same_now_sends_nothing() {
        let f = Fixture::new();
        let now = at("2022-11-22T19:00:00Z");
        let mut ledger = MemoryLedger::default();
        let mut mailer = StubMailer::default();
        let (first, _) = f.pass(now, &mut ledger, &mut mailer);
        assert_eq!(first.sent.len(), 3);
        let recorded = ledger.ledger.clone();
        let (second, log) = f.pass(now, &mut ledger, &mut mailer);
        assert!(
            second.sent.is_empty() && second.superseded == 0,
            "{second:?}"
        );
        assert!(log.is_empty(), "{log:?}");
        assert_eq!(
            mailer.attempts.len(),
            3,
            "no attempt at all the second time"
        );
        assert_eq!(ledger.ledger, recorded);
    }

    #[test]
    fn when_several_leads_are_due_at_once_only_the_most_urgent_goes() {
        let f = Fixture::new();
        let now = at("2022-11-22T19:00:00Z");
        let mut ledger = MemoryLedger::default();
        let mut mailer = StubMailer::default();
        let (report, _) = f.pass(now, &mut ledger, &mut mailer);
        let three_hours = |to: &str| ("3h".to_string(), to.to_string());
        assert_eq!(
            sent(&mailer),
            [
                three_hours("a@x.org"),
                three_hours("b@x.org"),
                three_hours("c@x.org")
            ]
        );
        // 3d and 1d, for each of the three students.
        assert_eq!(report.superseded, 6);
        for to in ["a@x.org", "b@x.org", "c@x.org"] {
            for lead in ["3d", "1d"] {
                assert!(
                    matches!(
                        delivery(&ledger.ledger, lead, to),
                        Some(Delivery::Superseded { by, at }) if by == "3h" && *at == now
                    ),
                    "{lead} → {to}"
                );
            }
            assert!(matches!(
                delivery(&ledger.ledger, "3h", to),
                Some(Delivery::Sent { at, .. }) if *at == now
            ));
        }
    }

    #[test]
    fn a_recipient_reached_after_the_event_began_is_not_reminded() {
        let f = Fixture::new();
        // A minute before the deadline; each send takes 40 seconds of the clock.
        let start = at(HW2) - chrono::Duration::seconds(60);
        let reads = Cell::new(0);
        let clock = || {
            let n = reads.get();
            reads.set(n + 1);
            start + chrono::Duration::seconds(40 * n)
        };
        let mut ledger = MemoryLedger::default();
        let mut mailer = StubMailer::default();
        let mut log = Vec::new();
        let report = tick(
            &f.input(start),
            &mut ledger,
            &mut mailer,
            false,
            &clock,
            &mut |l| log.push(l.to_string()),
        )
        .unwrap();
        let three_hours = |to: &str| ("3h".to_string(), to.to_string());
        assert_eq!(
            sent(&mailer),
            [three_hours("a@x.org"), three_hours("b@x.org")]
        );
        assert_eq!(report.sent.len(), 2);
        assert_eq!(delivery(&ledger.ledger, "3h", "c@x.org"), None);
        assert!(
            log.iter()
                .any(|l| l.starts_with("not sent, the event has begun") && l.ends_with("c@x.org")),
            "{log:?}"
        );
    }

    #[test]
    fn a_4xx_is_retried_on_the_next_pass_and_sent_once() {
        let f = Fixture::new();
        let mut ledger = MemoryLedger::default();
        let mut mailer = StubMailer::default();
        mailer.answer(
            "b@x.org",
            [SendError::Transient("451 4.3.0 Try again later".into())],
        );
        let (first, _) = f.pass(at("2022-11-22T19:00:00Z"), &mut ledger, &mut mailer);
        assert_eq!(first.sent.len(), 2);
        assert_eq!(first.retry.len(), 1);
        assert_eq!(first.retry[0].1, "b@x.org");
        assert!(matches!(
            delivery(&ledger.ledger, "3h", "b@x.org"),
            Some(Delivery::Retry { reason, .. }) if reason.starts_with("451")
        ));
        let later = at("2022-11-22T19:15:00Z");
        let (second, _) = f.pass(later, &mut ledger, &mut mailer);
        assert_eq!(second.sent.len(), 1);
        assert!(second.retry.is_empty());
        assert!(matches!(
            delivery(&ledger.ledger, "3h", "b@x.org"),
            Some(Delivery::Sent { at, .. }) if *at == later
        ));
        let (third, _) = f.pass(at("2022-11-22T19:30:00Z"), &mut ledger, &mut mailer);
        assert!(third.sent.is_empty());
        let to_b = sent(&mailer)
            .into_iter()
            .filter(|(_, to)| to == "b@x.org")
            .count();
        assert_eq!(to_b, 1);
        assert_eq!(mailer.sent.len(), 3);
    }

    #[test]
    fn a_5xx_for_one_recipient_is_recorded_for_them_and_the_others_get_theirs() {
        let f = Fixture::new();
        let mut ledger = MemoryLedger::default();
        let mut mailer = StubMailer::default();
        mailer.answer(
            "b@x.org",
            [SendError::Permanent("550 5.1.1 No such user".into())],
        );
        let (report, _) = f.pass(at("2022-11-22T19:00:00Z"), &mut ledger, &mut mailer);
        let three_hours = |to: &str| ("3h".to_string(), to.to_string());
        assert_eq!(
            sent(&mailer),
            [three_hours("a@x.org"), three_hours("c@x.org")]
        );
        assert_eq!(report.failed.len(), 1);
        assert_eq!(report.failed[0].1, "b@x.org");
        assert!(matches!(
            delivery(&ledger.ledger, "3h", "b@x.org"),
            Some(Delivery::Failed { reason, .. }) if reason.starts_with("550")
        ));
        // Not retried: a permanent refusal is final for that recipient.
        let (next, _) = f.pass(at("2022-11-22T19:15:00Z"), &mut ledger, &mut mailer);
        assert!(next.sent.is_empty() && next.failed.is_empty(), "{next:?}");
        assert_eq!(mailer.attempts.len(), 3);
    }

    #[test]
    fn a_lost_connection_is_recorded_as_a_retry_stops_the_pass_and_leaves_the_rest_pending() {
        let f = Fixture::new();
        let mut ledger = MemoryLedger::default();
        let mut mailer = StubMailer::default();
        mailer.answer(
            "b@x.org",
            [SendError::Connection("connection refused".into())],
        );
        let (report, _) = f.pass(at("2022-11-22T19:00:00Z"), &mut ledger, &mut mailer);
        assert_eq!(mailer.attempts, ["a@x.org", "b@x.org"]);
        assert_eq!(report.retry.len(), 1);
        assert!(matches!(
            delivery(&ledger.ledger, "3h", "b@x.org"),
            Some(Delivery::Retry { reason, .. }) if reason == "connection refused"
        ));
        assert_eq!(delivery(&ledger.ledger, "3h", "c@x.org"), None);
        let (next, _) = f.pass(at("2022-11-22T19:15:00Z"), &mut ledger, &mut mailer);
        assert_eq!(next.sent.len(), 2);
    }

    #[test]
    fn a_dry_run_records_nothing_and_sends_nothing() {
        let f = Fixture::new();
        let now = at("2022-11-22T19:00:00Z");
        let mut real = MemoryLedger::default();
        f.pass(
            at("2022-11-20T10:00:00Z"),
            &mut real,
            &mut StubMailer::default(),
        );
        let before = real.clone();
        // What `remind --dry-run` does: the same pass on a copy of the ledger.
        let mut copy = MemoryLedger::from(real.ledger.clone());
        let mut mailer = StubMailer::default();
        let report = tick(
            &f.input(now),
            &mut copy,
            &mut mailer,
            true,
            &|| now,
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(report.dry_run.len(), 3);
        assert!(report.sent.is_empty() && report.superseded == 0);
        assert!(mailer.attempts.is_empty());
        assert_eq!(copy.writes, 0);
        assert_eq!(copy.ledger, before.ledger);
        assert_eq!(real, before);
    }

    /// The (unfolded) lines of header `name` in a message's header block.
    fn header_lines(bytes: &[u8], name: &str) -> Vec<String> {
        let head = crate::remind::compose::header_block(bytes);
        let prefix = format!("{}:", name.to_ascii_lowercase());
        String::from_utf8_lossy(&head)
            .replace("\r\n ", " ")
            .split("\r\n")
            .filter(|l| l.to_ascii_lowercase().starts_with(&prefix))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn a_dry_runs_message_for_each_student_is_what_a_real_pass_sends_them() {
        let f = Fixture::new();
        let now = at("2022-11-20T10:00:00Z");
        let dry = tick(
            &f.input(now),
            &mut MemoryLedger::default(),
            &mut StubMailer::default(),
            true,
            &|| now,
            &mut |_| {},
        )
        .unwrap()
        .dry_run;
        let mut mailer = StubMailer::default();
        f.pass(now, &mut MemoryLedger::default(), &mut mailer);
        assert_eq!(dry.len(), 3);
        assert_eq!(dry.len(), mailer.sent.len());
        for (d, real) in dry.iter().zip(&mailer.sent) {
            assert_eq!(d.message_id, real.message_id);
            assert_eq!(d.recipient, real.recipient);
            assert_eq!(d.envelope, real.envelope);
            assert_eq!((&d.subject, &d.text), (&real.subject, &real.text));
            // A dry run keeps only the header block, whose header lines are the real message's.
            assert!(d.bytes.len() < real.bytes.len());
            for name in ["From", "To", "Reply-To", "Date", "Message-ID", "Subject"] {
                let (mine, theirs) = (
                    header_lines(&d.bytes, name),
                    header_lines(&real.bytes, name),
                );
                assert_eq!(mine, theirs, "{name}");
                assert!(name == "Reply-To" || mine.len() == 1, "{name}: {mine:?}");
            }
        }
        let ids: std::collections::HashSet<_> = dry.iter().map(|d| &d.message_id).collect();
        assert_eq!(ids.len(), 3);
    }

    #[test]
    fn a_streaming_dry_run_hands_over_the_messages_a_kept_one_holds_and_keeps_none() {
        let f = Fixture::new();
        let now = at("2022-11-20T10:00:00Z");
        let mut ledger = MemoryLedger::default();
        let kept = tick(
            &f.input(now),
            &mut ledger,
            &mut StubMailer::default(),
            true,
            &|| now,
            &mut |_| {},
        )
        .unwrap();
        let mut streamed = Vec::new();
        let report = dry_tick(&f.input(now), &mut ledger, &|| now, &mut |_| {}, &mut |m| {
            streamed.push(m)
        })
        .unwrap();
        assert!(report.dry_run.is_empty());
        assert_eq!((report.composed, kept.composed), (3, 3));
        let ids = |ms: &[Outgoing]| ms.iter().map(|m| m.message_id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&streamed), ids(&kept.dry_run));
        assert_eq!(ledger.writes, 0);
    }

    #[test]
    fn each_outcome_is_recorded_before_the_next_message_is_sent() {
        use std::cell::RefCell;
        use std::rc::Rc;

        /// Both seams writing to one journal, so the order of sends and records shows.
        struct Journal(Rc<RefCell<Vec<String>>>);
        struct JournalLedger(MemoryLedger, Journal);
        struct JournalMailer(StubMailer, Journal);
        impl LedgerStore for JournalLedger {
            fn ledger(&self) -> &Ledger {
                self.0.ledger()
            }
            fn claim(&mut self, key: &str, to: &str) -> Result<bool, LedgerError> {
                self.1.0.borrow_mut().push(format!("claim {to}"));
                self.0.claim(key, to)
            }
            fn release(&mut self) -> Result<(), LedgerError> {
                self.0.release()
            }
            fn record(&mut self, outcomes: &[Outcome]) -> Result<(), LedgerError> {
                for o in outcomes {
                    self.1.0.borrow_mut().push(format!("record {}", o.to));
                }
                self.0.record(outcomes)
            }
            fn announce(&mut self, a: &Announcement) -> Result<(), LedgerError> {
                self.0.announce(a)
            }
        }
        impl Mailer for JournalMailer {
            fn send(&mut self, msg: &crate::remind::transport::Outgoing) -> Result<(), SendError> {
                self.1
                    .0
                    .borrow_mut()
                    .push(format!("send {}", msg.recipient));
                self.0.send(msg)
            }
            fn describe(&self) -> String {
                self.0.describe()
            }
        }

        let f = Fixture::new();
        let journal = Rc::new(RefCell::new(Vec::new()));
        let mut ledger = JournalLedger(MemoryLedger::default(), Journal(journal.clone()));
        let mut mailer = JournalMailer(StubMailer::default(), Journal(journal.clone()));
        mailer.0.answer(
            "b@x.org",
            [SendError::Transient("451 4.3.0 Try again later".into())],
        );
        let now = at("2022-11-20T10:00:00Z");
        tick(
            &f.input(now),
            &mut ledger,
            &mut mailer,
            false,
            &|| now,
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(
            *journal.borrow(),
            [
                "claim a@x.org",
                "send a@x.org",
                "record a@x.org",
                "claim b@x.org",
                "send b@x.org",
                "record b@x.org",
                "claim c@x.org",
                "send c@x.org",
                "record c@x.org"
            ]
        );
        assert_eq!(ledger.0.writes, 3, "one durable write per message");
    }

    /// Moves Hw2's deadline by `days`.
    fn move_hw2(f: &mut Fixture, days: i64) {
        let e = f
            .course
            .events
            .iter_mut()
            .find(|e| e.key == "deadline-hw2")
            .unwrap();
        if let crate::model::When::Timed { start, .. } = &mut e.when {
            *start += chrono::Duration::days(days);
        }
    }

    fn notices_on() -> Fixture {
        let mut f = Fixture::new();
        f.notices = NoticeSettings::default();
        f
    }

    /// Notices on, a baseline pass on Nov 15, then Hw2's deadline moved two days later: the
    /// start of every test of what a move announces.
    fn hw2_moved_after_a_baseline() -> (Fixture, MemoryLedger, StubMailer) {
        let mut f = notices_on();
        let mut ledger = MemoryLedger::default();
        let mut mailer = StubMailer::default();
        f.pass(at("2022-11-15T12:00:00Z"), &mut ledger, &mut mailer);
        move_hw2(&mut f, 2);
        (f, ledger, mailer)
    }

    #[test]
    fn a_moved_deadline_sends_one_notice_per_student_and_none_on_the_next_pass() {
        let mut f = notices_on();
        let mut ledger = MemoryLedger::default();
        let mut mailer = StubMailer::default();
        let (first, log) = f.pass(at("2022-11-15T12:00:00Z"), &mut ledger, &mut mailer);
        assert!(first.sent.is_empty(), "the baseline pass sends nothing");
        assert!(log[0].starts_with("notices:"), "{log:?}");
        move_hw2(&mut f, 2);
        let (second, _) = f.pass(at("2022-11-15T12:15:00Z"), &mut ledger, &mut mailer);
        assert_eq!(second.sent.len(), 3, "{second:?}");
        assert!(
            mailer
                .sent
                .iter()
                .all(|m| m.message_id.contains(".notice."))
        );
        assert!(
            second.sent[0]
                .0
                .starts_with("[CEng 501] Changed: Hw2 due Thu 24 Nov 23:59"),
            "{:?}",
            second.sent
        );
        let (third, _) = f.pass(at("2022-11-15T12:30:00Z"), &mut ledger, &mut mailer);
        assert!(third.sent.is_empty());
        assert_eq!(ledger.ledger.notices.len(), 1);
    }

    #[test]
    fn a_change_to_a_sections_event_is_announced_to_its_students_only() {
        let mut f = notices_on();
        let hw2 = f
            .course
            .events
            .iter_mut()
            .find(|e| e.key == "deadline-hw2")
            .unwrap();
        hw2.section = Some("Section 1".into());
        f.audience = [
            ("a@x.org".to_string(), Some("Section 1".to_string())),
            ("b@x.org".to_string(), Some("Section 2".to_string())),
            ("c@x.org".to_string(), None),
        ]
        .into_iter()
        .collect();
        let mut ledger = MemoryLedger::default();
        let mut mailer = StubMailer::default();
        f.pass(at("2022-11-15T12:00:00Z"), &mut ledger, &mut mailer);
        move_hw2(&mut f, 2);
        let (second, _) = f.pass(at("2022-11-15T12:15:00Z"), &mut ledger, &mut mailer);
        let to: Vec<&str> = second.sent.iter().map(|(_, to)| to.as_str()).collect();
        assert_eq!(to, ["a@x.org"], "{second:?}");
        assert_eq!(ledger.ledger.notices.len(), 1);
        let (third, _) = f.pass(at("2022-11-15T12:30:00Z"), &mut ledger, &mut mailer);
        assert!(
            third.sent.is_empty(),
            "announced once its section has it: {third:?}"
        );
    }

    #[test]
    fn once_a_move_is_known_no_reminder_of_the_old_time_goes_out() {
        let (f, mut ledger, mut mailer) = hw2_moved_after_a_baseline();
        // Three hours before the old deadline: its 3h reminder would be due.
        f.pass(at("2022-11-22T18:00:00Z"), &mut ledger, &mut mailer);
        let ids: Vec<&str> = mailer.sent.iter().map(|m| m.message_id.as_str()).collect();
        assert!(
            ids.iter().all(|id| !id.contains("20221122T2059Z")),
            "{ids:?}"
        );
        assert!(
            ids[..3].iter().all(|id| id.contains(".notice.")),
            "notices first: {ids:?}"
        );
        assert!(
            ids[3..].iter().all(|id| id.contains(".3d.20221124T2059Z.")),
            "then the new time's reminder: {ids:?}"
        );
    }

    #[test]
    fn a_notice_refused_with_a_4xx_is_retried_and_the_change_stays_unannounced_until_then() {
        let (f, mut ledger, mut mailer) = hw2_moved_after_a_baseline();
        mailer.answer("b@x.org", [SendError::Transient("451 4.3.0 later".into())]);
        let (first, _) = f.pass(at("2022-11-15T12:15:00Z"), &mut ledger, &mut mailer);
        assert_eq!((first.sent.len(), first.retry.len()), (2, 1));
        assert!(
            ledger.ledger.notices.is_empty(),
            "not every student has it yet"
        );
        let (second, _) = f.pass(at("2022-11-15T12:30:00Z"), &mut ledger, &mut mailer);
        assert_eq!(second.sent.len(), 1);
        assert_eq!(second.sent[0].1, "b@x.org");
        assert_eq!(ledger.ledger.notices.len(), 1);
    }

    #[test]
    fn a_notice_refused_with_a_5xx_is_recorded_for_that_student_and_the_others_get_theirs() {
        let (f, mut ledger, mut mailer) = hw2_moved_after_a_baseline();
        mailer.answer(
            "b@x.org",
            [SendError::Permanent("550 5.1.1 no such user".into())],
        );
        let (report, _) = f.pass(at("2022-11-15T12:15:00Z"), &mut ledger, &mut mailer);
        assert_eq!((report.sent.len(), report.failed.len()), (2, 1));
        assert_eq!(
            ledger.ledger.notices.len(),
            1,
            "a refusal for good settles it"
        );
    }

    #[test]
    fn through_a_series_of_edits_each_student_gets_each_notice_once_and_the_latest_is_announced() {
        let mut f = notices_on();
        let mut ledger = MemoryLedger::default();
        let mut mailer = StubMailer::default();
        let mut now = at("2022-11-15T12:00:00Z");
        f.pass(now, &mut ledger, &mut mailer);
        // (days moved before this pass, notices expected per student)
        for (days, expected) in [(2, 1), (0, 0), (-2, 1), (1, 1), (1, 1), (-2, 1), (0, 0)] {
            now += chrono::Duration::minutes(15);
            move_hw2(&mut f, days);
            let before = mailer.sent.len();
            let (report, log) = f.pass(now, &mut ledger, &mut mailer);
            assert_eq!(
                mailer.sent.len() - before,
                3 * expected,
                "after moving {days} days: {report:?} {log:?}"
            );
        }
        let mut seen = std::collections::HashSet::new();
        for m in &mailer.sent {
            assert!(
                seen.insert(m.message_id.clone()),
                "sent twice: {}",
                m.message_id
            );
        }
        let announced = &ledger.ledger.announced.as_ref().unwrap().versions;
        let hw2 = f
            .course
            .events
            .iter()
            .find(|e| e.key == "deadline-hw2")
            .unwrap();
        assert_eq!(
            announced[&hw2.uid],
            crate::remind::changes::Version::of(hw2, f.course.timezone)
        );
    }
}
