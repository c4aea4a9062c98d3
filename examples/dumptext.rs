//! Prints the text zicha reads from each file of an archive whose path contains a filter.
fn main() {
    let mut args = std::env::args().skip(1);
    let root = std::path::PathBuf::from(args.next().expect("ARCHIVE"));
    let filter = args.next().unwrap_or_default();
    let archive = zicha::Archive::load(&root, &zicha::LoadOptions::default()).expect("loads");
    for d in &archive.documents {
        if d.path.contains(&filter) {
            println!("===== {} [{}]\n{}", d.path, d.kind, d.text);
        }
    }
}
