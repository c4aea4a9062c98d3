//! Arbitrary bytes as a Markdown file's front matter or a `.meta.yaml` sidecar.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    zicha::fuzzing::quiet_caught_panics();
    zicha::fuzzing::front_matter(bytes);
});
