//! How messages leave: the [`Mailer`] seam, SMTP (STARTTLS or implicit TLS), an outbox
//! folder of .eml files, and a stub that records.

use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;
use std::time::Duration as StdDuration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{SmtpTransport, Transport as _};

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
    /// The plain-text body, for dry runs.
    pub text: String,
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
}

/// Sends through an SMTP server.
pub struct SmtpMailer {
    transport: SmtpTransport,
    server: String,
}

impl SmtpMailer {
    /// Builds the transport; `password` has already been read from its source.
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
        let mode = if *plaintext {
            Tls::None
        } else if *implicit_tls {
            Tls::Wrapper(params)
        } else {
            Tls::Required(params)
        };
        let mut b = SmtpTransport::builder_dangerous(host.as_str())
            .port(*port)
            .tls(mode)
            .timeout(Some(StdDuration::from_secs(*timeout_secs)));
        if let (Some(u), Some(p)) = (user, password) {
            b = b.credentials(Credentials::new(u.clone(), p));
        }
        Ok(SmtpMailer {
            transport: b.build(),
            server: format!("{host}:{port}"),
        })
    }
}

impl Mailer for SmtpMailer {
    fn describe(&self) -> String {
        format!("via {}", self.server)
    }

    fn send(&mut self, msg: &Outgoing) -> Result<(), SendError> {
        self.transport
            .send_raw(&msg.envelope, &msg.bytes)
            .map(|_| ())
            .map_err(|e| {
                let text = error_text(&e);
                classify(e.is_permanent(), e.is_transient(), text)
            })
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

fn error_text(e: &lettre::transport::smtp::Error) -> String {
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

    fn send(&mut self, msg: &Outgoing) -> Result<(), SendError> {
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| SendError::Connection(format!("{}: {e}", self.dir.display())))?;
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
            .map_err(|e| SendError::Connection(format!("{}: {e}", path.display())))
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
