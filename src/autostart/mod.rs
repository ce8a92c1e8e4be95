//! "Start at login": the platform's own autostart entry for this program, written when the
//! option is turned on and removed when it is turned off — on Linux (and the BSDs) a desktop
//! entry in `$XDG_CONFIG_HOME/autostart/` (XDG Autostart, read by every desktop), on Windows
//! the `Run` value under `HKEY_CURRENT_USER` (no administrator rights needed), on macOS a
//! LaunchAgent in `~/Library/LaunchAgents/`; inside a Flatpak, the desktop's Background portal
//! (`portal`). An entry that no longer starts what this start would (another `--vault`, a
//! moved program) is rewritten by [`Autostart::refresh`] at start.
//!
//! Written here rather than with the auto-launch crate: it puts the program's path into
//! `Exec=` and the `Run` value unquoted (a path with a space — `C:\Program Files\…`, a home
//! folder with a space — then starts another program or nothing), ignores `XDG_CONFIG_HOME`,
//! and needs macOS 13 for its LaunchAgent route.

#[cfg(target_os = "linux")]
pub mod portal;

use std::path::{Path, PathBuf};
use std::time::Duration;

/// The file name of the entry (Linux) and the LaunchAgent's label (macOS): the program's
/// application id, as in its desktop entry.
pub const LINUX_FILE_NAME: &str = "zweifaktor.desktop";
pub const MACOS_LABEL: &str = "io.github.zweifaktor.Zweifaktor";
/// The name of the `Run` value on Windows.
pub const WINDOWS_VALUE: &str = "Zweifaktor";

#[derive(Debug, thiserror::Error)]
pub enum AutostartError {
    #[error("there is no home or settings folder to put the autostart entry into")]
    NoPlace,
    #[error("cannot tell where this program is: {0}")]
    NoProgram(std::io::Error),
    #[error("the program's path {0:?} cannot be written into an autostart entry")]
    Unwritable(PathBuf),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot remove {path}: {source}")]
    Remove {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the registry refused the change: {0}")]
    Registry(String),
    /// The desktop's Background portal said no (or the user did, when asked).
    #[error("the desktop did not allow the program to start at login")]
    Refused,
    /// There is no Background portal to ask (in a Flatpak, nothing else starts the program).
    #[error("the desktop offers no Background portal: {0}")]
    NoPortal(String),
    #[error("the desktop did not answer within {0} seconds")]
    TimedOut(u64),
    #[error("the desktop's Background portal failed: {0}")]
    Portal(String),
}

/// The desktop's Background portal, where the entry is asked for rather than written.
#[derive(Debug, Clone)]
// Read only where the portals are (Linux); elsewhere `set` says there is none.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
struct PortalBus {
    /// The D-Bus to ask on; `None`: this session's bus.
    address: Option<String>,
    timeout: Duration,
}

/// Where the entry goes and which program it starts.
#[derive(Debug, Clone)]
pub struct Autostart {
    /// The entry's file (Linux, macOS); `None` on Windows (the registry) or without a home.
    file: Option<PathBuf>,
    /// The program to start; `None`: this one (`current_exe`), looked up when the entry is
    /// written.
    program: Option<PathBuf>,
    /// The vault the window was started with (`--vault PATH`, `ZWEIFAKTOR_VAULT`): the start at
    /// login opens the same one; `None`: the one in the settings.
    vault: Option<PathBuf>,
    /// Set: the Background portal is asked instead (`file` and `program` unused).
    portal: Option<PortalBus>,
    /// What the portal shows the user if it asks, in their language.
    reason: String,
}

impl Autostart {
    /// The user's own autostart place for this program: inside a Flatpak (or Snap) the
    /// Background portal, since a file written from there is not one the desktop reads.
    pub fn system() -> Self {
        #[cfg(target_os = "linux")]
        if ashpd::is_sandboxed() {
            return Autostart::portal(None, portal::TIMEOUT);
        }
        Autostart {
            file: system_file(),
            program: None,
            vault: None,
            portal: None,
            reason: String::new(),
        }
    }

    /// The Background portal on the D-Bus at `bus_address` (`None`: this session's bus),
    /// waited for at most `timeout` (tests give a bus of their own).
    pub fn portal(bus_address: Option<String>, timeout: Duration) -> Self {
        Autostart {
            file: None,
            program: None,
            vault: None,
            portal: Some(PortalBus {
                address: bus_address,
                timeout,
            }),
            reason: String::new(),
        }
    }

    /// Whether the desktop's Background portal is asked (its answer is worth showing).
    pub fn uses_portal(&self) -> bool {
        self.portal.is_some()
    }

    /// What the portal tells the user if it asks them.
    pub fn with_reason(mut self, reason: String) -> Self {
        self.reason = reason;
        self
    }

    /// The entry starts the program with `--vault PATH` (made absolute: the login starts it
    /// from another folder than the terminal did).
    pub fn with_vault(mut self, vault: Option<PathBuf>) -> Self {
        self.vault = vault.map(|path| std::path::absolute(&path).unwrap_or(path));
        self
    }

    /// An entry in `folder` that starts `program` (tests; the format is this system's).
    pub fn in_folder(folder: &Path, program: &Path) -> Self {
        let name = if cfg!(target_os = "macos") {
            format!("{MACOS_LABEL}.plist")
        } else {
            LINUX_FILE_NAME.to_owned()
        };
        Autostart {
            file: Some(folder.join(name)),
            program: Some(program.to_path_buf()),
            vault: None,
            portal: None,
            reason: String::new(),
        }
    }

    /// The entry's file, where there is one.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// Writes (`on`) or removes the entry. Removing one that is not there is no error.
    pub fn set(&self, on: bool) -> Result<(), AutostartError> {
        if let Some(bus) = &self.portal {
            return self.ask_portal(bus, on);
        }
        if cfg!(windows) && self.file.is_none() {
            return registry::set(on, self.program(), self.vault.as_deref());
        }
        let file = self.file.as_ref().ok_or(AutostartError::NoPlace)?;
        if !on {
            return match std::fs::remove_file(file) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(source) => Err(AutostartError::Remove {
                    path: file.clone(),
                    source,
                }),
            };
        }
        let text = self.entry()?;
        let write = |source| AutostartError::Write {
            path: file.clone(),
            source,
        };
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder).map_err(write)?;
        }
        std::fs::write(file, text).map_err(write)
    }

    /// At start, with the option on: an entry that starts something else than this start
    /// would (started now with another `--vault`, the program moved) is made to start this.
    /// True when it was rewritten. An entry that is gone stays gone (the user may have
    /// removed it in the desktop's own settings); on Linux only the `Exec=` line is replaced,
    /// so a `Hidden=true` the desktop's settings put there stays. The portal keeps its entry
    /// out of our reach: nothing is done there (asking again could show its question at
    /// every start).
    pub fn refresh(&self) -> Result<bool, AutostartError> {
        if self.portal.is_some() {
            return Ok(false);
        }
        if cfg!(windows) && self.file.is_none() {
            return registry::refresh(self.program(), self.vault.as_deref());
        }
        let file = self.file.as_ref().ok_or(AutostartError::NoPlace)?;
        let current = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
            // Not readable as text: rewritten whole below.
            Err(_) => String::new(),
        };
        let wanted = self.entry()?;
        let updated = match wanted.lines().find(|line| line.starts_with("Exec=")) {
            Some(exec) if current.lines().any(|line| line.starts_with("Exec=")) => {
                let mut replaced = false;
                current
                    .split_inclusive('\n')
                    .map(|line| {
                        if !replaced && line.starts_with("Exec=") {
                            replaced = true;
                            format!("{exec}\n")
                        } else {
                            line.to_owned()
                        }
                    })
                    .collect()
            }
            // macOS's LaunchAgent, or an entry without a command: written whole.
            _ => wanted,
        };
        if updated == current {
            return Ok(false);
        }
        std::fs::write(file, updated).map_err(|source| AutostartError::Write {
            path: file.clone(),
            source,
        })?;
        Ok(true)
    }

    /// The entry's text for this system (Linux: desktop entry; macOS: LaunchAgent).
    fn entry(&self) -> Result<String, AutostartError> {
        let program = self.program()?;
        let vault = self.vault.as_deref();
        if cfg!(target_os = "macos") {
            launch_agent(&program, vault)
        } else {
            desktop_entry(&program, vault)
        }
    }

    #[cfg(target_os = "linux")]
    fn ask_portal(&self, bus: &PortalBus, on: bool) -> Result<(), AutostartError> {
        portal::set(
            bus.address.as_deref(),
            on,
            self.vault.as_deref(),
            &self.reason,
            bus.timeout,
        )
    }

    #[cfg(not(target_os = "linux"))]
    fn ask_portal(&self, _bus: &PortalBus, _on: bool) -> Result<(), AutostartError> {
        Err(AutostartError::NoPortal(
            "the portals are a Linux desktop's".to_owned(),
        ))
    }

    fn program(&self) -> Result<PathBuf, AutostartError> {
        match &self.program {
            Some(program) => Ok(program.clone()),
            None => std::env::current_exe().map_err(AutostartError::NoProgram),
        }
    }
}

#[cfg(target_os = "macos")]
fn system_file() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| {
        dirs.home_dir()
            .join("Library/LaunchAgents")
            .join(format!("{MACOS_LABEL}.plist"))
    })
}

#[cfg(windows)]
fn system_file() -> Option<PathBuf> {
    None
}

#[cfg(not(any(target_os = "macos", windows)))]
fn system_file() -> Option<PathBuf> {
    // BaseDirs follows XDG_CONFIG_HOME, as the XDG Autostart specification asks.
    directories::BaseDirs::new()
        .map(|dirs| dirs.config_dir().join("autostart").join(LINUX_FILE_NAME))
}

/// An XDG Autostart desktop entry starting `program` (with `--vault VAULT` when given).
pub fn desktop_entry(program: &Path, vault: Option<&Path>) -> Result<String, AutostartError> {
    let mut exec = exec_argument(program)?;
    if let Some(vault) = vault {
        exec = format!("{exec} --vault {}", exec_argument(vault)?);
    }
    Ok(format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=Zweifaktor\n\
         Comment=Two-factor codes from an encrypted vault\n\
         Exec={exec}\n\
         Icon=zweifaktor\n\
         Terminal=false\n\
         StartupNotify=false\n\
         X-GNOME-Autostart-enabled=true\n"
    ))
}

/// A path as one argument of `Exec=`: quoted, with the characters the
/// Desktop Entry specification reserves inside quotes escaped, then the string escapes of the
/// file format applied on top (a backslash is written four times), and `%` doubled (field
/// codes). A path that is not UTF-8 or has a line break cannot be written.
fn exec_argument(program: &Path) -> Result<String, AutostartError> {
    let unwritable = || AutostartError::Unwritable(program.to_path_buf());
    let text = program.to_str().ok_or_else(unwritable)?;
    if text.chars().any(char::is_control) {
        return Err(unwritable());
    }
    let mut quoted = String::from("\"");
    for character in text.chars() {
        if matches!(character, '"' | '`' | '$' | '\\') {
            quoted.push('\\');
        }
        quoted.push(character);
    }
    quoted.push('"');
    Ok(quoted.replace('\\', "\\\\").replace('%', "%%"))
}

/// A LaunchAgent that starts `program` at login (with `--vault VAULT` when given), once (no
/// restart when it quits).
pub fn launch_agent(program: &Path, vault: Option<&Path>) -> Result<String, AutostartError> {
    let xml = |path: &Path| {
        path.to_str()
            .map(|text| {
                text.replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
            })
            .ok_or_else(|| AutostartError::Unwritable(path.to_path_buf()))
    };
    let mut arguments = format!("        <string>{}</string>", xml(program)?);
    if let Some(vault) = vault {
        arguments.push_str(&format!(
            "\n        <string>--vault</string>\n        <string>{}</string>",
            xml(vault)?
        ));
    }
    Ok(format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>Label</key>
    <string>{MACOS_LABEL}</string>
    <key>ProgramArguments</key>
    <array>
{arguments}
    </array>
    <key>RunAtLoad</key>
    <true/>
    <key>ProcessType</key>
    <string>Interactive</string>
</dict>
</plist>
"#
    ))
}

/// The command line as the `Run` value wants it: each path in quotes (it may hold spaces;
/// Windows paths cannot hold quotes).
pub fn run_value(program: &Path, vault: Option<&Path>) -> String {
    match vault {
        Some(vault) => format!("\"{}\" --vault \"{}\"", program.display(), vault.display()),
        None => format!("\"{}\"", program.display()),
    }
}

#[cfg(windows)]
mod registry {
    use super::{AutostartError, WINDOWS_VALUE, run_value};

    use std::path::{Path, PathBuf};

    const RUN: &str = r"Software\Microsoft\Windows\CurrentVersion\Run";

    pub fn set(
        on: bool,
        program: Result<PathBuf, AutostartError>,
        vault: Option<&Path>,
    ) -> Result<(), AutostartError> {
        let refused = |e: windows_result::Error| AutostartError::Registry(e.to_string());
        let key = windows_registry::CURRENT_USER
            .create(RUN)
            .map_err(refused)?;
        if on {
            key.set_string(WINDOWS_VALUE, run_value(&program?, vault))
                .map_err(refused)
        } else {
            match key.remove_value(WINDOWS_VALUE) {
                Ok(()) => Ok(()),
                // Not there: nothing to remove.
                Err(e) if e.code() == windows_result::HRESULT::from_win32(2) => Ok(()),
                Err(e) => Err(refused(e)),
            }
        }
    }

    /// Rewrites the `Run` value when it is there and differs from what it would be now.
    pub fn refresh(
        program: Result<PathBuf, AutostartError>,
        vault: Option<&Path>,
    ) -> Result<bool, AutostartError> {
        let Ok(key) = windows_registry::CURRENT_USER.open(RUN) else {
            return Ok(false);
        };
        // Not there (removed in the Task Manager's Startup page): stays removed.
        let Ok(current) = key.get_string(WINDOWS_VALUE) else {
            return Ok(false);
        };
        let wanted = run_value(&program?, vault);
        if current == wanted {
            return Ok(false);
        }
        let key = windows_registry::CURRENT_USER
            .create(RUN)
            .map_err(|e| AutostartError::Registry(e.to_string()))?;
        key.set_string(WINDOWS_VALUE, wanted)
            .map_err(|e| AutostartError::Registry(e.to_string()))?;
        Ok(true)
    }
}

#[cfg(not(windows))]
mod registry {
    use super::AutostartError;

    use std::path::{Path, PathBuf};

    pub fn set(
        _on: bool,
        _program: Result<PathBuf, AutostartError>,
        _vault: Option<&Path>,
    ) -> Result<(), AutostartError> {
        Err(AutostartError::NoPlace)
    }

    pub fn refresh(
        _program: Result<PathBuf, AutostartError>,
        _vault: Option<&Path>,
    ) -> Result<bool, AutostartError> {
        Err(AutostartError::NoPlace)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_with_spaces_quotes_and_percent_signs_survives_the_exec_line() {
        let exec = exec_argument(Path::new("/home/Anna Berg/bin/zwei\"faktor 100%")).unwrap();
        assert_eq!(exec, r#""/home/Anna Berg/bin/zwei\\"faktor 100%%""#);
        let exec = exec_argument(Path::new("/opt/a\\b$c")).unwrap();
        assert_eq!(exec, r#""/opt/a\\\\b\\$c""#);
        assert!(matches!(
            exec_argument(Path::new("/tmp/line\nbreak")),
            Err(AutostartError::Unwritable(_))
        ));
    }

    #[test]
    fn the_launch_agent_and_the_run_value_hold_the_path_whole() {
        let plist = launch_agent(Path::new("/Applications/A & B.app/zweifaktor"), None).unwrap();
        assert!(plist.contains("<string>/Applications/A &amp; B.app/zweifaktor</string>"));
        assert!(plist.contains("<key>RunAtLoad</key>\n    <true/>"));
        assert_eq!(
            run_value(
                Path::new(r"C:\Program Files\Zweifaktor\zweifaktor.exe"),
                None
            ),
            r#""C:\Program Files\Zweifaktor\zweifaktor.exe""#
        );
    }

    #[test]
    fn the_vault_given_at_start_is_carried_into_every_platforms_entry() {
        let vault = Path::new("/home/Anna Berg/Tresor <alt>.zweifaktor");
        let plist = launch_agent(
            Path::new("/Applications/Zweifaktor.app/zweifaktor"),
            Some(vault),
        )
        .unwrap();
        assert!(plist.contains(
            "<array>\n        <string>/Applications/Zweifaktor.app/zweifaktor</string>\n        \
             <string>--vault</string>\n        \
             <string>/home/Anna Berg/Tresor &lt;alt&gt;.zweifaktor</string>\n    </array>"
        ), "{plist}");
        assert_eq!(
            run_value(
                Path::new(r"C:\Program Files\Zweifaktor\zweifaktor.exe"),
                Some(Path::new(r"H:\Eigene Dateien\vault.zweifaktor"))
            ),
            r#""C:\Program Files\Zweifaktor\zweifaktor.exe" --vault "H:\Eigene Dateien\vault.zweifaktor""#
        );
        let relative = Autostart::system().with_vault(Some(PathBuf::from("tresor.zweifaktor")));
        assert_eq!(
            relative.vault,
            Some(std::env::current_dir().unwrap().join("tresor.zweifaktor")),
            "a relative path is made absolute: the login starts elsewhere"
        );
    }
}
