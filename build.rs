//! Gives souk.exe Souk's icon: on a Windows target only, the resource script
//! `packaging/windows/souk.rc` is compiled (mingw's windres when cross-compiling from Debian,
//! `RC.EXE` or llvm-rc on Windows itself) and linked into the program. Linux builds run
//! nothing here and need no resource compiler.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=packaging/windows/souk.rc");
    println!("cargo::rerun-if-changed=assets/icon/souk.ico");
    // The build script runs on the machine that builds: the target is asked of Cargo.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    if let Err(e) = embed_resource::compile("packaging/windows/souk.rc", embed_resource::NONE)
        .manifest_required()
    {
        // A Windows build without its icon is not one to ship: stop here, saying why.
        println!("cargo::error=souk.exe's icon could not be compiled: {e}");
    }
}
