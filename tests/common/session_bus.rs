//! A private D-Bus session bus for tests that play a desktop service (the Screenshot portal,
//! the tray's StatusNotifierWatcher): its own dbus-daemon, whose configuration starts no
//! services, so a real portal or tray of this machine cannot answer in the stand-in's place.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::process;

pub struct Bus {
    daemon: Child,
    /// The bus's address (`unix:path=…`), for DBUS_SESSION_BUS_ADDRESS.
    pub address: String,
    /// A temporary folder that lives as long as the bus (its socket is in it).
    pub dir: tempfile::TempDir,
}

impl Bus {
    pub fn start() -> Bus {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("bus.conf");
        std::fs::write(
            &config,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                dir.path().display()
            ),
        )
        .unwrap();
        let mut daemon = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--nopidfile", "--print-address=1"])
            .stdout(Stdio::piped())
            // Run as root it complains that it may not raise its file limit: harmless here.
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon is missing: apt-get install dbus-daemon (.ci/run does)");
        let stdout = daemon.stdout.take().expect("piped stdout");
        let Some(address) = process::first_line_within(stdout, Duration::from_secs(10)) else {
            process::stop(&mut daemon);
            panic!("dbus-daemon printed no address within 10 s");
        };
        assert!(address.starts_with("unix:"), "dbus-daemon said {address:?}");
        Bus {
            daemon,
            address,
            dir,
        }
    }

    /// A connection of the test's own to the bus.
    pub fn connect(&self) -> zbus::blocking::Connection {
        zbus::blocking::connection::Builder::address(self.address.as_str())
            .expect("bus address")
            .build()
            .expect("connect to the test bus")
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        process::stop(&mut self.daemon);
    }
}
