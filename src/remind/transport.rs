//! How messages leave: the [`Mailer`] seam, SMTP (STARTTLS or implicit TLS), an outbox
//! folder of .eml files, and a stub that records.

use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;
use std::time::Duration as StdDuration;

use lettre::address::Envelope;
use lettre::transport::smtp::Error as SmtpError;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{Certificate, SmtpConnection, Tls, TlsParameters};
use lettre::transport::smtp::commands::{Data, Ehlo, Mail, Rcpt, Rset};
use lettre::transport::smtp::extension::{ClientId, MailBodyParameter, MailParameter};

use crate::course::settings::TransportSettings;

/// A message ready to go: envelope, bytes, and its deterministic identity.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// SMTP envelope.
    pub envelope: Envelope,
    /// The RFC 5322 message.
    pub bytes: Vec<u8>,
    /// Its Message-ID, with angle brackets.
    pub message_id: String,
    /// Ledger recipient key.
    pub recipient: String,
    /// Subject, for logs and dry runs.
    pub subject: String,
    /// The plain-text body, for dry runs (shared: a dry run's copies for a roster share one).
    pub text: std::sync::Arc<str>,
}

/// Why a send failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// 4xx: try again on the next pass.
    #[error("{0}")]
    Transient(String),
    /// 5xx: recorded for this recipient, not retried.
    #[error("{0}")]
    Permanent(String),
    /// The server could not be reached or TLS failed: nothing more this pass.
    #[error("{0}")]
    Connection(String),
}

/// The side-effect seam: SMTP in production, an outbox folder by default, a stub in unit tests.
pub trait Mailer {
    /// Hands one message to the transport; `Ok` means it was accepted.
    fn send(&mut self, msg: &Outgoing) -> Result<(), SendError>;

    /// Where messages go, for logs: "via smtp.example.edu:587", "written to outbox/".
    fn describe(&self) -> String;

    /// Makes sure a message could be handed over, sending none (`coursecal check`): for SMTP
    /// a login (EHLO, STARTTLS, AUTH, QUIT). Nothing to check by default.
    fn check(&mut self) -> Result<(), SendError> {
        Ok(())
    }

    /// How many sessions a pass may send over at once (`[mail] sessions`); 1 by default.
    fn sessions(&self) -> usize {
        1
    }

    /// A further session to the same place, with its own connection, for a pass that sends
    /// over several at once; `None` for a transport without sessions.
    fn another(&self) -> Option<Box<dyn Mailer + Send>> {
        None
    }
}

/// Sends through an SMTP server, over one connection for the whole pass.
///
/// The connection (TCP, TLS, EHLO, AUTH) is opened for the first message and kept for the
/// next ones; after an answer about one message (4xx, 5xx) it is reset (`RSET`) and kept, and
/// after anything else (a broken connection, a timeout) it is dropped and the next message
/// opens a new one. A kept connection that turns out to be dead before any byte of the
/// message went out is replaced once, at once: nothing of the message was sent, so nothing can
/// arrive twice. The message content and its final `.` leave in one write, so the end of the
/// message never waits for the server's delayed ACK (lettre 0.11 writes them apart, with
/// Nagle's algorithm on, which cost ~40 ms a message). When the server offers PIPELINING
/// (RFC 2920), MAIL, RCPT and DATA leave in one write too, so a message costs two round trips
/// instead of four: the waits on the server, not composing, were most of a pass.
pub struct SmtpMailer {
    host: String,
    port: u16,
    tls: Tls,
    credentials: Option<Credentials>,
    timeout: StdDuration,
    hello: ClientId,
    conn: Option<SmtpConnection>,
    /// Whether the kept connection's server offers PIPELINING.
    pipelining: bool,
    connections: usize,
    sessions: usize,
}

impl SmtpMailer {
    /// Builds the mailer; `password` has already been read from its source. Nothing is
    /// connected until the first message.
    pub fn new(
        t: &TransportSettings,
        password: Option<String>,
        ca_pem: Option<Vec<u8>>,
    ) -> Result<SmtpMailer, String> {
        let TransportSettings::Smtp {
            host,
            port,
            implicit_tls,
            plaintext,
            user,
            timeout_secs,
            sessions,
            ..
        } = t
        else {
            return Err("not an SMTP transport".into());
        };
        let mut tls = TlsParameters::builder(host.clone());
        if let Some(pem) = ca_pem {
            let cert = Certificate::from_pem(&pem)
                .map_err(|e| format!("the CA file is not a PEM certificate: {e}"))?;
            tls = tls.add_root_certificate(cert);
        }
        let params = tls.build().map_err(|e| format!("TLS set-up failed: {e}"))?;
        let tls = if *plaintext {
            Tls::None
        } else if *implicit_tls {
            Tls::Wrapper(params)
        } else {
            Tls::Required(params)
        };
        Ok(SmtpMailer {
            host: host.clone(),
            port: *port,
            tls,
            credentials: match (user, password) {
                (Some(u), Some(p)) => Some(Credentials::new(u.clone(), p)),
                _ => None,
            },
            timeout: StdDuration::from_secs(*timeout_secs),
            hello: ClientId::default(),
            conn: None,
            pipelining: false,
            connections: 0,
            sessions: *sessions,
        })
    }

    /// How many connections this mailer has opened so far.
    pub fn connections(&self) -> usize {
        self.connections
    }

    /// Opens a connection: TCP (or implicit TLS), EHLO, STARTTLS when required, AUTH.
    fn connect(&mut self) -> Result<SmtpConnection, SmtpError> {
        let wrapper = match &self.tls {
            Tls::Wrapper(p) => Some(p),
            _ => None,
        };
        self.connections += 1;
        let mut conn = SmtpConnection::connect(
            (self.host.as_str(), self.port),
            Some(self.timeout),
            &self.hello,
            wrapper,
            None,
        )?;
        match &self.tls {
            Tls::Required(p) => conn.starttls(p, &self.hello)?,
            Tls::Opportunistic(p) if conn.can_starttls() => conn.starttls(p, &self.hello)?,
            _ => {}
        }
        // lettre reads the EHLO answer but keeps no PIPELINING flag: asked once more, before
        // AUTH (EHLO only resets the transaction state), once per connection.
        self.pipelining = conn
            .command(Ehlo::new(self.hello.clone()))
            .is_ok_and(|answer| offers_pipelining(&answer));
        if let Some(c) = &self.credentials
            && let Err(e) = conn.auth(DEFAULT_MECHANISMS, c)
        {
            conn.abort();
            return Err(e);
        }
        Ok(conn)
    }

    /// One attempt on the kept connection (opened if there is none). `Err((e, stale))`:
    /// `stale` when the connection was a kept one that failed before the content was written.
    fn attempt(&mut self, msg: &Outgoing) -> Result<(), (SmtpError, bool)> {
        let reused = self.conn.is_some();
        let mut conn = match self.conn.take() {
            Some(c) => c,
            None => self.connect().map_err(|e| (e, false))?,
        };
        match transaction(&mut conn, msg, self.pipelining) {
            Ok(()) => {
                self.conn = Some(conn);
                Ok(())
            }
            Err(Failure {
                error,
                content_sent,
                in_data,
            }) => {
                let answered = error.is_transient() || error.is_permanent();
                let closing = error.status().is_some_and(|c| c.to_string() == "421");
                if in_data {
                    // Closed without a word: a QUIT now would be read as message content.
                    drop(conn);
                } else if answered && !closing && conn.command(Rset).is_ok() {
                    self.conn = Some(conn);
                } else {
                    conn.abort();
                }
                let stale = reused && !content_sent && (!answered || closing);
                Err((error, stale))
            }
        }
    }
}

impl Drop for SmtpMailer {
    fn drop(&mut self) {
        if let Some(mut c) = self.conn.take() {
            let _ = c.quit();
        }
    }
}

impl Mailer for SmtpMailer {
    fn describe(&self) -> String {
        format!("via {}:{}", self.host, self.port)
    }

    fn sessions(&self) -> usize {
        self.sessions
    }

    fn another(&self) -> Option<Box<dyn Mailer + Send>> {
        Some(Box::new(SmtpMailer {
            host: self.host.clone(),
            port: self.port,
            tls: self.tls.clone(),
            credentials: self.credentials.clone(),
            timeout: self.timeout,
            hello: self.hello.clone(),
            conn: None,
            pipelining: false,
            connections: 0,
            sessions: 1,
        }))
    }

    fn check(&mut self) -> Result<(), SendError> {
        match self.connect() {
            Ok(mut conn) => {
                let _ = conn.quit();
                Ok(())
            }
            Err(e) => {
                let text = error_text(&e, self.timeout);
                Err(classify(e.is_permanent(), e.is_transient(), text))
            }
        }
    }

    fn send(&mut self, msg: &Outgoing) -> Result<(), SendError> {
        let outcome = match self.attempt(msg) {
            // The kept connection had died (idle timeout, server restart): once more, anew.
            Err((_, true)) => self.attempt(msg),
            other => other,
        };
        outcome.map_err(|(e, _)| {
            let text = error_text(&e, self.timeout);
            classify(e.is_permanent(), e.is_transient(), text)
        })
    }
}

/// A failed transaction: the error, whether any of the message content was written, and
/// whether the server was (or may be) left waiting for content (the connection cannot be
/// reset, only dropped, which makes the server discard the message).
struct Failure {
    error: SmtpError,
    content_sent: bool,
    in_data: bool,
}

/// Whether an EHLO answer offers PIPELINING (RFC 2920).
fn offers_pipelining(answer: &lettre::transport::smtp::response::Response) -> bool {
    answer.message().any(|line| {
        line.split_whitespace()
            .next()
            .is_some_and(|k| k.eq_ignore_ascii_case("PIPELINING"))
    })
}

/// MAIL, RCPT for each recipient, DATA (in one write when the server pipelines), then the
/// content and the final `.` in one write.
fn transaction(conn: &mut SmtpConnection, msg: &Outgoing, pipelining: bool) -> Result<(), Failure> {
    let env = &msg.envelope;
    let mut params = Vec::new();
    let non_ascii = env
        .from()
        .into_iter()
        .chain(env.to())
        .any(|a: &lettre::Address| !AsRef::<str>::as_ref(a).is_ascii());
    if non_ascii {
        params.push(MailParameter::SmtpUtfEight);
    }
    if !msg.bytes.is_ascii() {
        params.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    let mail = Mail::new(env.from().cloned(), params);
    let rcpts: Vec<Rcpt> = env
        .to()
        .iter()
        .map(|to| Rcpt::new(to.clone(), Vec::new()))
        .collect();
    if pipelining {
        pipelined_envelope(conn, &mail, &rcpts)?;
    } else {
        let before = |error| Failure {
            error,
            content_sent: false,
            in_data: false,
        };
        conn.command(mail).map_err(before)?;
        for rcpt in rcpts {
            conn.command(rcpt).map_err(before)?;
        }
        conn.command(Data).map_err(before)?;
    }
    let answer = match std::str::from_utf8(&msg.bytes) {
        Ok(text) => conn.command(Content(text)),
        // Not UTF-8 (never the case for composed messages): lettre's own two writes.
        Err(_) => conn.message(&msg.bytes),
    };
    answer.map(|_| ()).map_err(|error| Failure {
        error,
        content_sent: true,
        in_data: false,
    })
}

/// MAIL, every RCPT and DATA in one write, then one answer for each, in order (RFC 2920).
/// Every answer is read even after a refusal, so the connection stays in step for the next
/// message; the first refusal is the message's (a refused RCPT, not the DATA refused after
/// it). A DATA accepted after a refusal (or an answer missing after one) leaves the server
/// waiting, or maybe waiting, for content: the message fails with the refusal and the
/// connection is dropped, never ended with a `.` (which would deliver an empty message to the
/// recipients that were accepted).
fn pipelined_envelope(
    conn: &mut SmtpConnection,
    mail: &Mail,
    rcpts: &[Rcpt],
) -> Result<(), Failure> {
    let answered = |e: &SmtpError| e.is_transient() || e.is_permanent();
    let mut first = conn.command(Pipelined { mail, rcpts }).err();
    let mut in_data = false;
    let last = rcpts.len() + 1;
    for n in 1..=last {
        if first.as_ref().is_some_and(|e| !answered(e)) {
            // Not an answer (the connection broke): nothing more to read.
            break;
        }
        match conn.read_response() {
            Ok(_) => in_data = n == last && first.is_some(),
            Err(e) if first.is_none() => first = Some(e),
            Err(e) if !answered(&e) => {
                // An answer that did not come in time may still come, a DATA accepted: a
                // RSET would then be taken for its 354 and the next envelope sent as content.
                in_data = true;
                break;
            }
            Err(_) => {}
        }
    }
    match first {
        None => Ok(()),
        Some(error) => Err(Failure {
            error,
            content_sent: false,
            in_data,
        }),
    }
}

/// MAIL, the RCPTs and DATA written as one SMTP "command", so they leave in one write.
struct Pipelined<'a> {
    mail: &'a Mail,
    rcpts: &'a [Rcpt],
}

impl std::fmt::Display for Pipelined<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.mail)?;
        for rcpt in self.rcpts {
            write!(f, "{rcpt}")?;
        }
        write!(f, "{Data}")
    }
}

/// The DATA content, dot-stuffed (RFC 5321 4.5.2), and the line with the final `.`: written
/// as one SMTP "command", so they leave in one write.
struct Content<'a>(&'a str);

impl std::fmt::Display for Content<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, line) in self.0.split('\n').enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            if line.starts_with('.') {
                f.write_str(".")?;
            }
            f.write_str(line)?;
        }
        f.write_str("\r\n.\r\n")
    }
}

/// Sorts an SMTP failure. A permanent answer about the *recipient* (5.1.x/5.2.x mailbox codes,
/// or 550/551/553 without an enhanced code) is final for that recipient; a permanent answer
/// about the login, the sender or policy (530, 534, 535, 538, 5.7.x, 5.1.7, 5.1.8) is a
/// configuration problem: the pass stops and everything stays pending, so fixing the password
/// loses nothing.
pub fn classify(permanent: bool, transient: bool, text: String) -> SendError {
    if transient {
        return SendError::Transient(text);
    }
    if !permanent {
        return SendError::Connection(text);
    }
    let code: Option<u16> = text
        .split(|c: char| !c.is_ascii_digit())
        .find(|t| t.len() == 3)
        .and_then(|t| t.parse().ok());
    let sender_or_auth = matches!(code, Some(530 | 534 | 535 | 538))
        || text.contains(" 5.7.")
        || text.contains(" 5.1.7")
        || text.contains(" 5.1.8")
        || text.contains(" 5.5.");
    if sender_or_auth {
        SendError::Connection(text)
    } else {
        SendError::Permanent(text)
    }
}

/// The error and its causes in one line; a timeout says so, with the limit, instead of the
/// operating system's "Resource temporarily unavailable".
fn error_text(e: &SmtpError, timeout: StdDuration) -> String {
    if timed_out(e) {
        return format!(
            "timed out: the server did not answer within {} s ([mail] timeout)",
            timeout.as_secs()
        );
    }
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(inner) = src {
        let t = inner.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        src = inner.source();
    }
    s
}

/// True when the error comes from a socket timeout (a read timeout shows as `WouldBlock`).
fn timed_out(e: &SmtpError) -> bool {
    let mut src = std::error::Error::source(e);
    while let Some(inner) = src {
        if let Some(io) = inner.downcast_ref::<std::io::Error>()
            && matches!(
                io.kind(),
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
            )
        {
            return true;
        }
        src = inner.source();
    }
    false
}

/// Writes each message as `<dir>/<message-id>.eml`: the same message twice is the same file.
pub struct OutboxMailer {
    /// The folder.
    pub dir: PathBuf,
}

impl Mailer for OutboxMailer {
    fn describe(&self) -> String {
        format!(
            "written to {}/, no transport configured",
            self.dir.display()
        )
    }

    /// Writes the message; the folder is made 0700 and the file 0600 whatever the umask,
    /// since both hold student addresses (the file is written inside the private folder, so
    /// it is never readable by others, even before its mode is set).
    fn send(&mut self, msg: &Outgoing) -> Result<(), SendError> {
        use std::os::unix::fs::{DirBuilderExt as _, PermissionsExt as _};
        let private = |path: &std::path::Path, mode: u32| {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
                .map_err(|e| SendError::Connection(format!("{}: {e}", path.display())))
        };
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&self.dir)
            .map_err(|e| SendError::Connection(format!("{}: {e}", self.dir.display())))?;
        private(&self.dir, 0o700)?;
        let stem: String = msg
            .message_id
            .trim_matches(['<', '>'])
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || ".-_@".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let path = self.dir.join(format!("{stem}.eml"));
        crate::atomic_file::write(&path, &msg.bytes)
            .map_err(|e| SendError::Connection(format!("{}: {e}", path.display())))?;
        private(&path, 0o600)
    }
}

/// Records messages instead of sending them, for dry runs and unit tests; it can be told to
/// answer with a failure for given recipients.
#[derive(Debug, Default)]
pub struct StubMailer {
    /// Messages "sent" (accepted).
    pub sent: Vec<Outgoing>,
    /// Recipients to refuse permanently, on every attempt.
    pub reject: Vec<String>,
    /// Answers to give a recipient's next attempts, in order, before it is accepted.
    pub script: BTreeMap<String, VecDeque<SendError>>,
    /// Every attempt, accepted or not, by recipient key.
    pub attempts: Vec<String>,
}

impl StubMailer {
    /// Makes the next attempts for `recipient` fail with `answers`, in order.
    pub fn answer(&mut self, recipient: &str, answers: impl IntoIterator<Item = SendError>) {
        self.script
            .entry(recipient.to_string())
            .or_default()
            .extend(answers);
    }
}

impl Mailer for StubMailer {
    fn describe(&self) -> String {
        "not sent (stub)".into()
    }

    fn send(&mut self, msg: &Outgoing) -> Result<(), SendError> {
        self.attempts.push(msg.recipient.clone());
        if self.reject.contains(&msg.recipient) {
            return Err(SendError::Permanent("550 5.1.1 Mailbox unavailable".into()));
        }
        if let Some(answer) = self
            .script
            .get_mut(&msg.recipient)
            .and_then(VecDeque::pop_front)
        {
            return Err(answer);
        }
        self.sent.push(msg.clone());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;

    use super::*;

    #[test]
    fn content_is_dot_stuffed_and_ends_with_the_final_dot() {
        let text = ".leading\r\nmiddle\r\n..two\r\nend";
        assert_eq!(
            Content(text).to_string(),
            "..leading\r\nmiddle\r\n...two\r\nend\r\n.\r\n"
        );
    }

    /// A plain SMTP server that accepts everything, closes each connection after
    /// `per_connection` messages without a word, and returns the DATA of each message.
    fn serve(listener: TcpListener, per_connection: usize, total: usize) -> Vec<String> {
        let mut got = Vec::new();
        while got.len() < total {
            let (stream, _) = listener.accept().unwrap();
            let mut w = stream.try_clone().unwrap();
            let mut r = BufReader::new(stream);
            w.write_all(b"220 test\r\n").unwrap();
            let (mut here, mut data, mut line) = (0, None::<String>, String::new());
            while here < per_connection && r.read_line(&mut line).unwrap_or(0) > 0 {
                let l = std::mem::take(&mut line);
                match &mut data {
                    Some(d) if l == ".\r\n" => {
                        got.push(std::mem::take(d));
                        data = None;
                        here += 1;
                        w.write_all(b"250 ok\r\n").unwrap();
                    }
                    Some(d) => d.push_str(&l),
                    None if l.starts_with("EHLO") => w.write_all(b"250 test\r\n").unwrap(),
                    None if l.starts_with("DATA") => {
                        data = Some(String::new());
                        w.write_all(b"354 go\r\n").unwrap();
                    }
                    None => w.write_all(b"250 ok\r\n").unwrap(),
                }
            }
        }
        got
    }

    fn message(n: usize) -> Outgoing {
        Outgoing {
            envelope: Envelope::new(
                Some("bot@example.edu".parse().unwrap()),
                vec![format!("s{n}@example.edu").parse().unwrap()],
            )
            .unwrap(),
            bytes: format!("Subject: {n}\r\n\r\n.hello {n}\r\n").into_bytes(),
            message_id: format!("<{n}@x>"),
            recipient: format!("s{n}@example.edu"),
            subject: n.to_string(),
            text: "".into(),
        }
    }

    fn mailer(port: u16) -> SmtpMailer {
        let settings = TransportSettings::Smtp {
            host: "127.0.0.1".into(),
            port,
            implicit_tls: false,
            plaintext: true,
            user: None,
            password: None,
            ca_file: None,
            timeout_secs: 5,
            sessions: 1,
        };
        SmtpMailer::new(&settings, None, None).unwrap()
    }

    #[test]
    fn a_pass_sends_every_message_over_one_connection() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || serve(listener, usize::MAX, 3));
        let mut m = mailer(port);
        for n in 0..3 {
            m.send(&message(n)).unwrap();
        }
        drop(m);
        let got = server.join().unwrap();
        assert_eq!(got.len(), 3);
        assert!(got[0].ends_with("\r\n..hello 0\r\n\r\n"), "{:?}", got[0]);
    }

    /// A plain SMTP server that offers PIPELINING, refuses the recipient `refused` (550, then
    /// DATA with 554 as Postfix does, or with 354 when `lax`), and returns what each `read`
    /// brought, until QUIT or the connection closes.
    fn serve_pipelining(listener: TcpListener, refused: &str, lax: bool) -> Vec<String> {
        use std::io::Read as _;
        let (mut stream, _) = listener.accept().unwrap();
        stream.write_all(b"220 test\r\n").unwrap();
        let (mut reads, mut buf) = (Vec::new(), [0u8; 65536]);
        let (mut data, mut rcpt_ok) = (None::<String>, false);
        loop {
            let n = stream.read(&mut buf).unwrap();
            if n == 0 {
                return reads;
            }
            let chunk = String::from_utf8_lossy(&buf[..n]).into_owned();
            reads.push(chunk.clone());
            for line in chunk.split_inclusive("\r\n") {
                let answer: &[u8] = match &mut data {
                    Some(_) if line == ".\r\n" => {
                        data = None;
                        b"250 ok\r\n"
                    }
                    Some(d) => {
                        d.push_str(line);
                        b""
                    }
                    None if line.starts_with("EHLO") => b"250-test\r\n250 PIPELINING\r\n",
                    None if line.starts_with("RCPT") && line.contains(refused) => {
                        b"550 5.1.1 no such user\r\n"
                    }
                    None if line.starts_with("RCPT") => {
                        rcpt_ok = true;
                        b"250 ok\r\n"
                    }
                    None if line.starts_with("DATA") && !std::mem::take(&mut rcpt_ok) && !lax => {
                        b"554 5.5.1 no valid recipients\r\n"
                    }
                    None if line.starts_with("DATA") => {
                        data = Some(String::new());
                        b"354 go\r\n"
                    }
                    None if line.starts_with("QUIT") => {
                        stream.write_all(b"221 bye\r\n").unwrap();
                        return reads;
                    }
                    None => b"250 ok\r\n",
                };
                stream.write_all(answer).unwrap();
            }
        }
    }

    #[test]
    fn a_pipelining_server_gets_the_envelope_in_one_write_and_a_refused_recipient_stays_alone() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || serve_pipelining(listener, "s1@", false));
        let mut m = mailer(port);
        let answers: Vec<_> = (0..3).map(|n| m.send(&message(n))).collect();
        assert_eq!(m.connections(), 1, "the refusal kept the connection");
        drop(m);
        let reads = server.join().unwrap();
        assert!(answers[0].is_ok() && answers[2].is_ok(), "{answers:?}");
        assert!(
            matches!(&answers[1], Err(SendError::Permanent(r)) if r.contains("550")),
            "the recipient's own refusal, not DATA's: {answers:?}"
        );
        let envelope = "MAIL FROM:<bot@example.edu>\r\nRCPT TO:<s2@example.edu>\r\nDATA\r\n";
        assert!(reads.iter().any(|r| r == envelope), "{reads:?}");
        assert!(reads.iter().any(|r| r.starts_with("RSET")), "{reads:?}");
        assert!(
            !reads.concat().contains(".hello 1"),
            "nothing of the refused message"
        );
    }

    #[test]
    fn a_server_that_takes_data_after_refusing_the_recipient_is_left_without_a_message() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || serve_pipelining(listener, "s0@", true));
        let mut m = mailer(port);
        let answer = m.send(&message(0));
        assert!(
            matches!(&answer, Err(SendError::Permanent(r)) if r.contains("550")),
            "{answer:?}"
        );
        drop(m);
        let reads = server.join().unwrap().concat();
        // Dropped while the server waits for content: no `.`, no RSET, nothing delivered.
        assert!(
            !reads.contains("\r\n.\r\n") && !reads.contains("RSET"),
            "{reads:?}"
        );
    }

    /// A pipelining server that refuses every recipient and answers DATA only after the
    /// client's timeout, with 354 (it accepts content): returns what it read after that answer.
    fn serve_late_data(listener: &TcpListener) -> String {
        use std::io::Read as _;
        let (stream, _) = listener.accept().unwrap();
        let mut w = stream.try_clone().unwrap();
        w.write_all(b"220 test\r\n").unwrap();
        let mut r = BufReader::new(stream);
        let mut line = String::new();
        while r.read_line(&mut line).is_ok_and(|n| n > 0) {
            let answer: &[u8] = match &line[..4] {
                "EHLO" => b"250-test\r\n250 PIPELINING\r\n",
                "RCPT" => b"550 5.1.1 no such user\r\n",
                "DATA" => {
                    std::thread::sleep(StdDuration::from_millis(1500));
                    let _ = w.write_all(b"354 go\r\n");
                    let mut content = Vec::new();
                    let _ = r.read_to_end(&mut content);
                    return String::from_utf8_lossy(&content).into_owned();
                }
                _ => b"250 ok\r\n",
            };
            w.write_all(answer).unwrap();
            line.clear();
        }
        String::new()
    }

    #[test]
    fn a_refused_recipient_whose_data_answer_comes_too_late_drops_the_connection_unreset() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || {
            let late = serve_late_data(&listener);
            (late, serve_pipelining(listener, "nobody@", false))
        });
        let mut m = mailer(port);
        m.timeout = StdDuration::from_secs(1);
        let answers: Vec<_> = (0..2).map(|n| m.send(&message(n))).collect();
        drop(m);
        let (late, next) = server.join().unwrap();
        assert!(
            matches!(&answers[0], Err(SendError::Permanent(r)) if r.contains("550")),
            "{answers:?}"
        );
        assert!(answers[1].is_ok(), "{answers:?}");
        // A RSET or the next envelope sent now would be content of the accepted DATA.
        assert!(!late.contains("RSET") && !late.contains("MAIL"), "{late:?}");
        assert!(next.concat().contains(".hello 1"), "{next:?}");
    }

    #[test]
    fn a_kept_connection_the_server_closed_is_replaced_and_the_message_still_goes() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || serve(listener, 1, 3));
        let mut m = mailer(port);
        for n in 0..3 {
            m.send(&message(n)).unwrap();
            // Let the server close its side before the next message.
            std::thread::sleep(StdDuration::from_millis(50));
        }
        assert_eq!(m.connections(), 3);
        drop(m);
        assert_eq!(server.join().unwrap().len(), 3);
    }
}
