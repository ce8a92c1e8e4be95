//! A saved procedure (the users' manuals' word for one enrolled second factor): what it is called,
//! where it is used, and how its codes are made. Validation lives here; persistence does not.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use zeroize::Zeroizing;

use crate::names;
use crate::otp::uri::{self, OtpAuthUri};
use crate::otp::{Code, MAX_SECRET_BYTES, OtpError, OtpGenerator, OtpKind, OtpSpec};
use crate::secret::SecretBytes;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Procedure {
    pub id: Uuid,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// Empty when the secret was erased (see `needs_reenrollment`).
    pub secret: SecretBytes,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub otp: OtpSpec,
    /// Unix seconds.
    pub created: u64,
    pub modified: u64,
    /// Set when the secret was erased (too many wrong passwords, or a reset): the procedure is
    /// kept so the user knows where to enroll again, but it has no codes until then.
    #[serde(default)]
    pub needs_reenrollment: bool,
}

/// What the user gives to create or change a procedure, before validation.
#[derive(Debug, Clone, Default)]
pub struct ProcedureDraft {
    pub name: String,
    pub issuer: Option<String>,
    pub account: Option<String>,
    pub secret: SecretBytes,
    pub url: Option<String>,
    pub otp: OtpSpec,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProcedureError {
    #[error("the name must not be empty")]
    EmptyName,
    #[error("the {field} is {chars} characters long; at most {max} are allowed")]
    TooLong {
        field: &'static str,
        chars: usize,
        max: usize,
    },
    #[error("the URL must start with http:// or https:// (got {0:?})")]
    UrlScheme(String),
    #[error("the URL {0:?} is not valid: {1}")]
    UrlInvalid(String, UrlProblem),
    #[error(
        "the counter is exhausted: {} is the largest HOTP counter; enroll this procedure again with a new secret",
        u64::MAX
    )]
    CounterExhausted,
    #[error(transparent)]
    Otp(#[from] OtpError),
}

/// What is wrong with a login page's address that starts as it should.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlProblem {
    #[error("it contains control characters")]
    ControlCharacters,
    /// The url crate's reason.
    #[error("{0}")]
    Syntax(url::ParseError),
    #[error("it has no host")]
    NoHost,
}

impl Procedure {
    /// Validates the draft and stamps it with a new id and `now` as created/modified time.
    pub fn create(draft: ProcedureDraft, now: u64) -> Result<Procedure, ProcedureError> {
        let draft = draft.validated()?;
        Ok(Procedure {
            id: Uuid::new_v4(),
            name: draft.name,
            issuer: draft.issuer,
            account: draft.account,
            secret: draft.secret,
            url: draft.url,
            otp: draft.otp,
            created: now,
            modified: now,
            needs_reenrollment: false,
        })
    }

    /// A generator for this procedure's codes; `None` while it needs re-enrollment.
    pub fn generator(&self) -> Option<Result<OtpGenerator, OtpError>> {
        (!self.needs_reenrollment).then(|| OtpGenerator::new(&self.otp, &self.secret))
    }

    /// For an HOTP procedure: the code of its counter, and the counter advanced past it (so that
    /// no code is handed out twice), stamped `now`. `None` for time-based procedures. At the
    /// largest counter there is no next one: that is refused, rather than the last code handed
    /// out again and again.
    pub fn advance_hotp(&mut self, now: u64) -> Result<Option<Code>, ProcedureError> {
        let OtpKind::Hotp { counter } = self.otp.kind else {
            return Ok(None);
        };
        let next = counter
            .checked_add(1)
            .ok_or(ProcedureError::CounterExhausted)?;
        let generator = self
            .generator()
            .ok_or(OtpError::EmptySecret)?
            .map_err(ProcedureError::Otp)?;
        let code = generator.code_for_counter(counter);
        self.otp.kind = OtpKind::Hotp { counter: next };
        self.modified = now;
        Ok(Some(code))
    }

    /// Gives the procedure a new secret (and parameters); clears "needs re-enrollment".
    pub fn reenroll(
        &mut self,
        secret: SecretBytes,
        otp: OtpSpec,
        now: u64,
    ) -> Result<(), ProcedureError> {
        check_secret(&secret)?;
        otp.validate()?;
        self.secret = secret;
        self.otp = otp;
        self.needs_reenrollment = false;
        self.modified = now;
        Ok(())
    }

    /// Forgets the secret and marks the procedure for re-enrollment.
    pub fn erase_secret(&mut self) {
        self.secret = SecretBytes::default();
        self.needs_reenrollment = true;
    }

    /// Whether there is a secret to hand to another app: not one erased and waiting for
    /// re-enrollment.
    pub fn has_secret(&self) -> bool {
        !self.needs_reenrollment && !self.secret.is_empty()
    }

    /// The account name other apps show beside the issuer. A procedure added by name alone has
    /// no account, and other apps show an entry without issuer or account as blank, so its
    /// name stands in — except when the name merely repeats the issuer.
    pub fn export_account(&self) -> String {
        if let Some(account) = self.account.as_deref().map(str::trim)
            && !account.is_empty()
        {
            return account.to_owned();
        }
        let name = self.name.trim();
        match self.issuer.as_deref().map(str::trim) {
            Some(issuer) if issuer == name => String::new(),
            _ => name.to_owned(),
        }
    }

    /// The issuer, when it says anything.
    pub fn export_issuer(&self) -> Option<String> {
        self.issuer
            .as_deref()
            .map(str::trim)
            .filter(|issuer| !issuer.is_empty())
            .map(str::to_owned)
    }

    /// The `otpauth://` URI another app enrolls this procedure from: a line of the otpauth
    /// export, and what its QR code shows. It holds the secret, so it is wiped when dropped.
    pub fn otpauth_uri(&self) -> Zeroizing<String> {
        uri::format(&OtpAuthUri {
            issuer: self.export_issuer(),
            account: self.export_account(),
            secret: self.secret.clone(),
            spec: self.otp,
        })
    }
}

impl ProcedureDraft {
    /// Drops control and direction-override characters from the names (see [`names`]), trims
    /// the text fields, turns blank optional fields into `None`, and checks every rule.
    pub fn validated(mut self) -> Result<ProcedureDraft, ProcedureError> {
        self.name = names::clean(&self.name).trim().to_owned();
        if self.name.is_empty() {
            return Err(ProcedureError::EmptyName);
        }
        check_length("name", &self.name, names::MAX_NAME_CHARS)?;
        self.issuer = non_blank(self.issuer.map(|issuer| names::clean(&issuer).into_owned()));
        self.account = non_blank(
            self.account
                .map(|account| names::clean(&account).into_owned()),
        );
        if let Some(issuer) = &self.issuer {
            check_length("issuer", issuer, names::MAX_ISSUER_CHARS)?;
        }
        if let Some(account) = &self.account {
            check_length("account", account, names::MAX_ACCOUNT_CHARS)?;
        }
        self.url = non_blank(self.url);
        if let Some(url) = &self.url {
            validate_url(url)?;
        }
        check_secret(&self.secret)?;
        self.otp.validate()?;
        Ok(self)
    }
}

fn check_length(field: &'static str, text: &str, max: usize) -> Result<(), ProcedureError> {
    let chars = text.chars().count();
    if chars > max {
        return Err(ProcedureError::TooLong { field, chars, max });
    }
    Ok(())
}

fn check_secret(secret: &SecretBytes) -> Result<(), ProcedureError> {
    if secret.is_empty() {
        return Err(OtpError::EmptySecret.into());
    }
    if secret.len() > MAX_SECRET_BYTES {
        return Err(OtpError::SecretTooLong {
            bytes: secret.len(),
        }
        .into());
    }
    Ok(())
}

/// Only web addresses: a login URL is opened in the browser, so `file:` or `javascript:` links
/// must never get in. Nor may control characters, which a terminal would act on when the URL
/// is listed.
pub fn validate_url(text: &str) -> Result<(), ProcedureError> {
    check_length("URL", text, names::MAX_URL_CHARS)?;
    if text.chars().any(names::is_unsafe) {
        return Err(ProcedureError::UrlInvalid(
            text.to_owned(),
            UrlProblem::ControlCharacters,
        ));
    }
    let lower = text.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return Err(ProcedureError::UrlScheme(text.to_owned()));
    }
    let parsed = url::Url::parse(text)
        .map_err(|e| ProcedureError::UrlInvalid(text.to_owned(), UrlProblem::Syntax(e)))?;
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(ProcedureError::UrlInvalid(
            text.to_owned(),
            UrlProblem::NoHost,
        ));
    }
    Ok(())
}

fn non_blank(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str, url: Option<&str>) -> ProcedureDraft {
        ProcedureDraft {
            name: name.to_owned(),
            secret: SecretBytes::new(b"12345678901234567890".to_vec()),
            url: url.map(str::to_owned),
            ..ProcedureDraft::default()
        }
    }

    #[test]
    fn a_blank_name_is_refused() {
        assert_eq!(
            Procedure::create(draft("   ", None), 0),
            Err(ProcedureError::EmptyName)
        );
    }

    #[test]
    fn only_http_and_https_urls_are_accepted() {
        for good in [
            "https://portal.example.org/login",
            "http://intranet.local",
            "HTTPS://EXAMPLE.ORG",
        ] {
            assert!(
                Procedure::create(draft("Portal", Some(good)), 0).is_ok(),
                "{good}"
            );
        }
        for bad in [
            "ftp://example.org",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "example.org",
        ] {
            assert!(
                matches!(
                    Procedure::create(draft("Portal", Some(bad)), 0),
                    Err(ProcedureError::UrlScheme(_))
                ),
                "{bad}"
            );
        }
        assert!(matches!(
            Procedure::create(draft("Portal", Some("https://")), 0),
            Err(ProcedureError::UrlInvalid(..))
        ));
    }

    #[test]
    fn blank_optional_fields_become_none_and_names_are_trimmed() {
        let mut d = draft("  Citrix  ", Some("  "));
        d.issuer = Some(" ".into());
        let p = Procedure::create(d, 42).unwrap();
        assert_eq!(p.name, "Citrix");
        assert_eq!(p.url, None);
        assert_eq!(p.issuer, None);
        assert_eq!((p.created, p.modified), (42, 42));
    }

    #[test]
    fn hotp_codes_advance_the_counter_until_it_is_exhausted() {
        let mut d = draft("Token", None);
        d.otp.kind = OtpKind::Hotp { counter: 0 };
        let mut p = Procedure::create(d, 0).unwrap();
        // RFC 4226's first two codes.
        assert_eq!(p.advance_hotp(5).unwrap().unwrap().to_string(), "755224");
        assert_eq!(p.advance_hotp(6).unwrap().unwrap().to_string(), "287082");
        assert_eq!((p.otp.kind, p.modified), (OtpKind::Hotp { counter: 2 }, 6));

        p.otp.kind = OtpKind::Hotp {
            counter: u64::MAX - 1,
        };
        assert!(p.advance_hotp(7).unwrap().is_some());
        assert_eq!(p.otp.kind, OtpKind::Hotp { counter: u64::MAX });
        let exhausted = p.advance_hotp(8).unwrap_err();
        assert_eq!(exhausted, ProcedureError::CounterExhausted);
        assert!(exhausted.to_string().contains("the counter is exhausted"));
        assert_eq!(
            (p.otp.kind, p.modified),
            (OtpKind::Hotp { counter: u64::MAX }, 7)
        );

        let mut totp = Procedure::create(draft("Portal", None), 0).unwrap();
        assert_eq!(totp.advance_hotp(9), Ok(None));
    }

    #[test]
    fn hostile_names_are_cleaned_and_oversized_fields_refused_with_their_bounds() {
        let mut d = draft("Evil\u{1b}]0;PWNED\u{07}\u{1b}[2J", None);
        d.issuer = Some("\u{202E}moc.elgoog".into());
        d.account = Some("ann\u{9b}@example.org".into());
        let p = Procedure::create(d, 0).unwrap();
        assert_eq!(p.name, "Evil]0;PWNED[2J");
        assert_eq!(p.issuer.as_deref(), Some("moc.elgoog"));
        assert_eq!(p.account.as_deref(), Some("ann@example.org"));

        let long_name = "n".repeat(120_000);
        assert_eq!(
            Procedure::create(draft(&long_name, None), 0),
            Err(ProcedureError::TooLong {
                field: "name",
                chars: 120_000,
                max: names::MAX_NAME_CHARS
            })
        );
        let mut d = draft("Ok", None);
        d.issuer = Some("i".repeat(names::MAX_ISSUER_CHARS + 1));
        assert!(matches!(
            Procedure::create(d, 0),
            Err(ProcedureError::TooLong {
                field: "issuer",
                ..
            })
        ));
        let mut d = draft("Ok", None);
        d.account = Some("a".repeat(names::MAX_ACCOUNT_CHARS + 1));
        assert!(matches!(
            Procedure::create(d, 0),
            Err(ProcedureError::TooLong {
                field: "account",
                ..
            })
        ));
        let long_url = format!("https://example.org/{}", "p".repeat(names::MAX_URL_CHARS));
        let message = Procedure::create(draft("Ok", Some(&long_url)), 0)
            .unwrap_err()
            .to_string();
        assert!(message.contains("at most 2048"), "{message}");
        assert!(matches!(
            Procedure::create(draft("Ok", Some("https://example.org/\u{1b}[2J")), 0),
            Err(ProcedureError::UrlInvalid(..))
        ));
        let mut d = draft("Ok", None);
        d.secret = SecretBytes::new(vec![7; MAX_SECRET_BYTES + 1]);
        assert_eq!(
            Procedure::create(d, 0),
            Err(ProcedureError::Otp(OtpError::SecretTooLong {
                bytes: MAX_SECRET_BYTES + 1
            }))
        );
        let mut d = draft("Ok", None);
        d.secret = SecretBytes::new(vec![7; MAX_SECRET_BYTES]);
        assert!(Procedure::create(d, 0).is_ok());
    }

    #[test]
    fn reenrolling_clears_the_mark_and_gives_codes_again() {
        let mut p = Procedure::create(draft("VPN", None), 0).unwrap();
        p.erase_secret();
        assert!(p.needs_reenrollment && p.secret.is_empty());
        assert!(p.generator().is_none());
        p.reenroll(
            SecretBytes::new(b"12345678901234567890".to_vec()),
            OtpSpec::default(),
            7,
        )
        .unwrap();
        assert!(!p.needs_reenrollment);
        assert_eq!(p.modified, 7);
        assert!(p.generator().is_some_and(|g| g.is_ok()));
    }

    fn named(name: &str, issuer: Option<&str>, account: Option<&str>) -> Procedure {
        let mut d = draft(name, None);
        d.issuer = issuer.map(str::to_owned);
        d.account = account.map(str::to_owned);
        Procedure::create(d, 0).unwrap()
    }

    #[test]
    fn the_name_stands_in_for_a_missing_account_unless_it_repeats_the_issuer() {
        assert_eq!(named("VPN", None, None).export_account(), "VPN");
        assert_eq!(
            named("Work", Some("GitHub"), Some("alice")).export_account(),
            "alice"
        );
        assert_eq!(named("Work", Some("GitHub"), None).export_account(), "Work");
        assert_eq!(named("GitHub", Some("GitHub"), None).export_account(), "");
    }

    #[test]
    fn the_otpauth_uri_carries_issuer_account_and_secret_and_reads_back() {
        let p = named("Work", Some("GitHub"), Some("alice"));
        let text = p.otpauth_uri();
        assert!(
            text.starts_with("otpauth://totp/GitHub:alice?"),
            "{}",
            *text
        );
        let (back, _) = crate::otp::uri::parse(&text).unwrap();
        assert_eq!(back.issuer.as_deref(), Some("GitHub"));
        assert_eq!(back.account, "alice");
        assert_eq!(back.secret, p.secret);
        assert_eq!(back.spec, p.otp);
    }
}

/// Why a NAME given on the command line picks no single procedure.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FindError {
    #[error("no procedure is named {0:?}")]
    NotFound(String),
    #[error("{query:?} matches several procedures; use more of the id:\n{}", .matches.join("\n"))]
    Ambiguous { query: String, matches: Vec<String> },
}

/// The procedure called exactly `query` (case-sensitive), or else the one whose id starts with
/// `query`. Several matches are an error that lists them, so the user can pick by id.
pub fn find<'a>(procedures: &'a [Procedure], query: &str) -> Result<&'a Procedure, FindError> {
    let by_name: Vec<&Procedure> = procedures.iter().filter(|p| p.name == query).collect();
    let candidates = if by_name.is_empty() {
        let prefix = query.to_ascii_lowercase();
        procedures
            .iter()
            .filter(|p| !prefix.is_empty() && p.id.to_string().starts_with(&prefix))
            .collect()
    } else {
        by_name
    };
    match candidates.as_slice() {
        [] => Err(FindError::NotFound(query.to_owned())),
        [one] => Ok(one),
        many => Err(FindError::Ambiguous {
            query: query.to_owned(),
            matches: many
                .iter()
                .map(|p| format!("  {}  {}", p.id, p.name))
                .collect(),
        }),
    }
}

#[cfg(test)]
mod find_tests {
    use super::*;

    fn named(name: &str, id: &str) -> Procedure {
        let mut p = Procedure::create(
            ProcedureDraft {
                name: name.into(),
                secret: SecretBytes::new(vec![1; 20]),
                ..ProcedureDraft::default()
            },
            0,
        )
        .unwrap();
        p.id = Uuid::parse_str(id).unwrap();
        p
    }

    #[test]
    fn names_match_exactly_and_ids_by_prefix() {
        let list = [
            named("VPN", "aaaa0000-0000-4000-8000-000000000001"),
            named("vpn", "aaab0000-0000-4000-8000-000000000002"),
            named("Citrix", "bbbb0000-0000-4000-8000-000000000003"),
        ];
        assert_eq!(find(&list, "VPN").unwrap().id, list[0].id);
        assert_eq!(find(&list, "vpn").unwrap().id, list[1].id);
        assert_eq!(find(&list, "bbb").unwrap().name, "Citrix");
        assert_eq!(find(&list, "AAAB").unwrap().name, "vpn");
        assert_eq!(find(&list, "Vpn"), Err(FindError::NotFound("Vpn".into())));
        let err = find(&list, "aaa").unwrap_err();
        assert!(matches!(&err, FindError::Ambiguous { matches, .. } if matches.len() == 2));
        assert!(
            err.to_string()
                .contains("aaaa0000-0000-4000-8000-000000000001  VPN")
        );
    }

    #[test]
    fn duplicate_names_are_ambiguous() {
        let list = [
            named("Portal", "aaaa0000-0000-4000-8000-000000000001"),
            named("Portal", "bbbb0000-0000-4000-8000-000000000002"),
        ];
        assert!(matches!(
            find(&list, "Portal"),
            Err(FindError::Ambiguous { .. })
        ));
        assert_eq!(find(&list, "bb").unwrap().id, list[1].id);
    }
}
