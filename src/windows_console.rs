//! The console of the terminal that started the window program — part of the `zweifaktor`
//! binary (src/main.rs), not of the library, because it is the program's only unsafe code.
//!
//! A "windows" subsystem program has no console: started from cmd or PowerShell without
//! redirection it has no standard output or error at all, and `zweifaktor.exe --help` would
//! print nothing. `AttachConsole(ATTACH_PARENT_PROCESS)` joins the terminal's console and sets
//! the standard handles to it — all three, including any the terminal had redirected to a pipe
//! or file (`zweifaktor.exe list > names.txt`), so those are put back afterwards.
#![allow(unsafe_code)]

use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::System::Console::{
    ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE,
    STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, SetStdHandle,
};

const STANDARD: [STD_HANDLE; 3] = [STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, STD_ERROR_HANDLE];

fn missing(handle: HANDLE) -> bool {
    handle.is_null() || handle == INVALID_HANDLE_VALUE
}

/// Joins the parent's console when a standard handle is missing; true when it did (the
/// terminal does not wait for us then). False when every handle was given (a pipe, a file, a
/// console program's console) or there is no parent console (started from the Explorer).
pub fn attach_to_parent() -> bool {
    // SAFETY: GetStdHandle and AttachConsole take plain integers and read or change only this
    // process's handle table; the handles are compared, never dereferenced.
    let given = STANDARD.map(|which| unsafe { GetStdHandle(which) });
    if !given.iter().copied().any(missing) {
        return false;
    }
    // SAFETY: as above; AttachConsole fails harmlessly when there is no parent console.
    if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
        return false;
    }
    for (which, handle) in STANDARD.into_iter().zip(given) {
        if !missing(handle) {
            // SAFETY: the handle is the one this process was started with, still open (nothing
            // closed it); putting it back only changes which handle the process's slot names.
            unsafe { SetStdHandle(which, handle) };
        }
    }
    true
}
