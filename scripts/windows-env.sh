# Sourced by the Windows scripts: the cross-build environment of ../shared/windows-cross-build.md.
# Debian's Rust 1.96 (rustc-web, cargo-web) builds the Windows standard library from its source
# (rust-web-src) with -Zbuild-std; mingw-w64 compiles the C parts and links.
# rustup's proxies in ~/.cargo/bin come first on PATH: name Debian's tools explicitly.
export PATH="/usr/bin:$PATH"
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc CARGO=/usr/bin/cargo
# -Zbuild-std is a nightly flag; Debian's compiler is a stable one.
export RUSTC_BOOTSTRAP=1
# Apart from the Linux target/ (another compiler, another target): no rebuilds of either.
export CARGO_TARGET_DIR="${ZWEIFAKTOR_WINDOWS_TARGET_DIR:-$PWD/target-windows}"
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
# rusqlite's bundled SQLite.
export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc
export CXX_x86_64_pc_windows_gnu=x86_64-w64-mingw32-g++
export AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
# A debug build without debug information: the folder stays small (about 1 GB) and the
# slow parts (key derivation, QR search) are optimised by the workspace's profile anyway.
export CARGO_PROFILE_DEV_DEBUG=false
WINDOWS_TARGET=x86_64-pc-windows-gnu
WINDOWS_BUILD_STD=(-Zbuild-std=std,panic_abort --target "$WINDOWS_TARGET")
