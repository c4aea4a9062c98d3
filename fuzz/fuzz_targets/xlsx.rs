//! Arbitrary bytes as a `.xlsx` file of an archive: a diagnostic at worst, never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    zicha::fuzzing::quiet_caught_panics();
    zicha::fuzzing::read_file("xlsx", bytes);
});
