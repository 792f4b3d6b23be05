//! A real SMTP server (aiosmtpd, started by tests/smtp/server.py) on 127.0.0.1, with a test CA.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair, KeyUsagePurpose, SanType};

/// A test CA and a certificate for 127.0.0.1 / localhost signed by it.
pub(crate) struct Certs {
    pub(crate) ca: PathBuf,
    pub(crate) cert: PathBuf,
    pub(crate) key: PathBuf,
}

pub(crate) fn make_certs(dir: &Path) -> Certs {
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "coursecal test CA");
    ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let ca_key = KeyPair::generate().unwrap();
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let mut leaf_params = CertificateParams::new(vec!["localhost".to_string()]).unwrap();
    leaf_params
        .subject_alt_names
        .push(SanType::IpAddress("127.0.0.1".parse().unwrap()));
    leaf_params
        .distinguished_name
        .push(DnType::CommonName, "localhost");
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = leaf_params.signed_by(&leaf_key, &ca, &ca_key).unwrap();
    let certs = Certs {
        ca: dir.join("ca.pem"),
        cert: dir.join("cert.pem"),
        key: dir.join("key.pem"),
    };
    std::fs::write(&certs.ca, ca.pem()).unwrap();
    std::fs::write(&certs.cert, leaf.pem()).unwrap();
    std::fs::write(&certs.key, leaf_key.serialize_pem()).unwrap();
    certs
}

/// A running aiosmtpd; killed when dropped.
pub(crate) struct Server {
    child: Child,
    pub(crate) port: u16,
    pub(crate) spool: PathBuf,
}

pub(crate) const USER: &str = "instructor";
pub(crate) const PASSWORD: &str = "s3cret-Ünïcode-pass";

impl Server {
    /// Starts the server with STARTTLS and AUTH required, plus `extra` arguments.
    pub(crate) fn start(dir: &Path, certs: &Certs, extra: &[&str]) -> Server {
        Self::start_on(dir, certs, 0, extra)
    }

    // The child is owned by the returned Server, whose Drop kills and waits for it.
    #[allow(clippy::zombie_processes)]
    pub(crate) fn start_on(dir: &Path, certs: &Certs, port: u16, extra: &[&str]) -> Server {
        let spool = dir.join("spool");
        let ready = dir.join(format!("ready-{}", std::process::id()));
        let _ = std::fs::remove_file(&ready);
        let mut child = Command::new("python3")
            .arg(super::root().join("tests/smtp/server.py"))
            .args([
                "--port",
                &port.to_string(),
                "--user",
                USER,
                "--password",
                PASSWORD,
            ])
            .arg("--cert")
            .arg(&certs.cert)
            .arg("--key")
            .arg(&certs.key)
            .arg("--spool")
            .arg(&spool)
            .arg("--ready-file")
            .arg(&ready)
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 runs (bash tests/run.sh installs aiosmtpd)");
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(p) = std::fs::read_to_string(&ready)
                && let Ok(port) = p.trim().parse()
            {
                return Server { child, port, spool };
            }
            if Instant::now() >= deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "the SMTP server did not start (is aiosmtpd installed? run bash tests/run.sh)"
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The messages received so far, in arrival order.
    pub(crate) fn messages(&self) -> Vec<Received> {
        let mut out = Vec::new();
        let Ok(rd) = std::fs::read_dir(&self.spool) else {
            return out;
        };
        let mut names: Vec<u64> = rd
            .filter_map(|e| e.ok()?.path().file_stem()?.to_str()?.parse().ok())
            .collect();
        names.sort();
        names.dedup();
        for n in names {
            let eml = self.spool.join(format!("{n}.eml"));
            let Ok(raw) = std::fs::read(&eml) else {
                continue;
            };
            let meta: serde_json::Value = serde_json::from_slice(
                &std::fs::read(self.spool.join(format!("{n}.json"))).unwrap(),
            )
            .unwrap();
            out.push(Received { raw, meta });
        }
        out
    }
}

/// Starts `coursecal remind --now NOW COURSE` against this server and SIGKILLs it (no chance
/// to clean up) once `after` messages have arrived: a pass dying mid-fan-out.
pub(crate) fn kill_a_pass_after(server: &Server, course: &Path, now: &str, after: usize) {
    let mut child = Command::new(crate::common::coursecal().get_program())
        .current_dir(crate::common::root())
        .args(["remind", "--now", now])
        .arg(course)
        .env("TEST_SMTP_PASSWORD", PASSWORD)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while server.messages().len() < after {
        assert!(Instant::now() < deadline, "no messages arrived");
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap();
    child.wait().unwrap();
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One message as the server stored it.
pub(crate) struct Received {
    pub(crate) raw: Vec<u8>,
    pub(crate) meta: serde_json::Value,
}

impl Received {
    pub(crate) fn parsed(&self) -> mailparse::ParsedMail<'_> {
        mailparse::parse_mail(&self.raw).expect("a parsable message")
    }

    pub(crate) fn header(&self, name: &str) -> String {
        use mailparse::MailHeaderMap;
        self.parsed()
            .headers
            .get_first_value(name)
            .unwrap_or_default()
    }
}
