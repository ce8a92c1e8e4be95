//! A stand-in for the desktop's Background portal (`org.freedesktop.portal.Background`) on a
//! private session bus: it records each RequestBackground call and answers as the desktop
//! would after the user's choice, through the Request object's Response signal.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use zbus::zvariant::{OwnedObjectPath, OwnedValue, Value};

use super::portal_request::{request_path, respond_later, serve_as_desktop_portal};
use super::session_bus::Bus;

/// What the stand-in answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Response 0 with `autostart` true: the program will be started at login.
    Granted,
    /// Response 0 with `autostart` false, as when the user said no to the question.
    Denied,
    /// Response 2 ("other"), as xdg-desktop-portal answers once the user has forbidden it.
    Refused,
}

/// One RequestBackground call as the portal received it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Call {
    pub autostart: Option<bool>,
    pub commandline: Option<Vec<String>>,
    pub reason: Option<String>,
}

struct FakeBackground {
    answer: Answer,
    calls: Arc<Mutex<Vec<Call>>>,
}

#[zbus::interface(name = "org.freedesktop.portal.Background")]
impl FakeBackground {
    /// Returns the request object's path at once and sends its Response signal a moment
    /// later, as xdg-desktop-portal does.
    async fn request_background(
        &self,
        #[zbus(header)] header: zbus::message::Header<'_>,
        #[zbus(connection)] connection: &zbus::Connection,
        _parent_window: String,
        options: HashMap<String, OwnedValue>,
    ) -> zbus::fdo::Result<OwnedObjectPath> {
        let text = |name: &str| {
            options
                .get(name)
                .and_then(|v| <&str>::try_from(v).ok())
                .map(str::to_owned)
        };
        let commandline = options.get("commandline").and_then(|v| {
            let array = v.downcast_ref::<zbus::zvariant::Array>().ok()?;
            array
                .iter()
                .map(|item| <&str>::try_from(item).ok().map(str::to_owned))
                .collect::<Option<Vec<String>>>()
        });
        self.calls.lock().unwrap().push(Call {
            autostart: options
                .get("autostart")
                .and_then(|v| bool::try_from(v).ok()),
            commandline,
            reason: text("reason"),
        });
        let (path, handle) = request_path(&header, text("handle_token").as_deref())?;
        let body = match self.answer {
            Answer::Granted => (
                0u32,
                HashMap::from([
                    ("background", Value::from(true)),
                    ("autostart", Value::from(true)),
                ]),
            ),
            Answer::Denied => (
                0u32,
                HashMap::from([
                    ("background", Value::from(false)),
                    ("autostart", Value::from(false)),
                ]),
            ),
            Answer::Refused => (2u32, HashMap::new()),
        };
        respond_later(connection, path, body.0, body.1);
        Ok(handle)
    }

    #[zbus(property, name = "version")]
    fn version(&self) -> u32 {
        1
    }
}

/// The stand-in portal on `bus`, owning the portal's well-known name until dropped; the calls
/// it received.
pub fn serve(bus: &Bus, answer: Answer) -> (zbus::Connection, Arc<Mutex<Vec<Call>>>) {
    let calls = Arc::new(Mutex::new(Vec::new()));
    let portal = FakeBackground {
        answer,
        calls: Arc::clone(&calls),
    };
    (serve_as_desktop_portal(bus, portal), calls)
}
