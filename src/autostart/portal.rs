//! "Start at login" inside a Flatpak: the desktop's Background portal
//! (`org.freedesktop.portal.Background`), asked to start (or no longer start) the program at
//! login. A file written into `~/.config/autostart` from inside the sandbox lands in the
//! sandbox's own config folder, which no desktop reads; the portal writes the entry outside,
//! with `flatpak run` in front of our command line.
//!
//! The portal may ask the user first (GNOME does, once); its answer says whether the program
//! will be started. Driven with `async_io::block_on` on the job's worker thread, as the
//! Screenshot portal is (src/screen/portal.rs), and bounded by a timeout so that a portal that
//! never answers does not leave the job running for good.

use std::path::Path;
use std::time::Duration;

use ashpd::desktop::ResponseError;
use ashpd::desktop::background::BackgroundProxy;
use ashpd::zbus;
use ashpd::{Error, PortalError};

use super::AutostartError;

/// How long the desktop has to answer: time enough for a question the user reads.
pub const TIMEOUT: Duration = Duration::from_secs(120);

/// D-Bus errors meaning that nobody serves the portals, or not the Background one.
const NO_PORTAL: [&str; 5] = [
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
    "org.freedesktop.DBus.Error.UnknownMethod",
    "org.freedesktop.DBus.Error.UnknownInterface",
    "org.freedesktop.DBus.Error.UnknownObject",
];

/// The command line the portal puts into its entry: `zweifaktor` (the sandbox's own program,
/// found on its PATH), with `--vault VAULT` when the window was started with one.
pub fn command_line(vault: Option<&Path>) -> Result<Vec<String>, AutostartError> {
    let mut command = vec!["zweifaktor".to_owned()];
    if let Some(vault) = vault {
        let text = vault
            .to_str()
            .ok_or_else(|| AutostartError::Unwritable(vault.to_path_buf()))?;
        command.extend(["--vault".to_owned(), text.to_owned()]);
    }
    Ok(command)
}

/// Asks the portal on the D-Bus at `bus_address` (`None`: this session's bus) to start the
/// program at login (`on`) or not, telling the user `reason` if it asks them.
pub fn set(
    bus_address: Option<&str>,
    on: bool,
    vault: Option<&Path>,
    reason: &str,
    timeout: Duration,
) -> Result<(), AutostartError> {
    let command = command_line(vault)?;
    async_io::block_on(futures_lite::future::or(
        request(bus_address, on, command, reason),
        async {
            async_io::Timer::after(timeout).await;
            Err(AutostartError::TimedOut(timeout.as_secs()))
        },
    ))
}

async fn request(
    bus_address: Option<&str>,
    on: bool,
    command: Vec<String>,
    reason: &str,
) -> Result<(), AutostartError> {
    let connection = match bus_address {
        Some(address) => match zbus::connection::Builder::address(address) {
            Ok(builder) => builder.build().await,
            Err(e) => Err(e),
        },
        None => zbus::Connection::session().await,
    }
    .map_err(|e| AutostartError::NoPortal(e.to_string()))?;
    let proxy = BackgroundProxy::with_connection(connection)
        .await
        .map_err(classify)?;
    let options = ashpd::desktop::background::BackgroundRequestOptions::default()
        .set_auto_start(on)
        .set_command(command)
        .set_reason((!reason.is_empty()).then_some(reason));
    let answer = proxy
        .request_background(None, options)
        .await
        .map_err(classify)?
        .response()
        .map_err(classify)?;
    // Asked to stop, any answer will do; asked to start, only a yes.
    if on && !answer.auto_start() {
        return Err(AutostartError::Refused);
    }
    Ok(())
}

fn classify(error: Error) -> AutostartError {
    match error {
        Error::Response(ResponseError::Cancelled | ResponseError::Other)
        | Error::Portal(PortalError::Cancelled(_) | PortalError::NotAllowed(_)) => {
            AutostartError::Refused
        }
        Error::PortalNotFound(name) => AutostartError::NoPortal(name.to_string()),
        Error::Portal(PortalError::ZBus(e)) | Error::Zbus(e) => match dbus_error_name(&e) {
            Some(name) if NO_PORTAL.contains(&name.as_str()) => {
                AutostartError::NoPortal(e.to_string())
            }
            _ => AutostartError::Portal(e.to_string()),
        },
        other => AutostartError::Portal(other.to_string()),
    }
}

fn dbus_error_name(error: &zbus::Error) -> Option<String> {
    match error {
        zbus::Error::MethodError(name, _, _) => Some(name.as_str().to_owned()),
        zbus::Error::FDO(e) => Some(zbus::DBusError::name(e.as_ref()).as_str().to_owned()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_carries_the_vault_as_one_argument() {
        assert_eq!(command_line(None).unwrap(), ["zweifaktor"]);
        assert_eq!(
            command_line(Some(Path::new("/home/Anna Berg/Tresor 1.zweifaktor"))).unwrap(),
            [
                "zweifaktor",
                "--vault",
                "/home/Anna Berg/Tresor 1.zweifaktor"
            ]
        );
    }
}
