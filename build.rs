//! Windows only: the .exe files carry the icon (Explorer, taskbar, Start menu) and the version
//! and company information Windows shows in the file's properties — what administrators and
//! software inventories read. Compiled by the resource compiler of the toolchain (windres of
//! mingw-w64 for the GNU target, also when cross-building from Linux; rc.exe for MSVC).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icons/zweifaktor.ico");
    // The build script runs on the build machine: the target is what counts.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icons/zweifaktor.ico")
        .set("ProductName", "Zweifaktor")
        .set("FileDescription", "Zweifaktor – two-factor authenticator")
        .set("CompanyName", "Zweifaktor project")
        .set(
            "LegalCopyright",
            "Zweifaktor contributors; MIT OR Apache-2.0",
        );
    if let Err(e) = resource.compile() {
        // A Windows build without them would work but look anonymous: stop instead.
        panic!("cannot compile the Windows resources (icon, version): {e}");
    }
}
