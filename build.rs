//! The language tables (`data/`) and the default theme (`themes/default/`)
//! are compiled into the binary with include_dir, which cargo does not
//! track: without this, editing a table would not rebuild the crate.

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=themes/default");
    println!("cargo:rerun-if-changed=build.rs");
}
