//! Arbitrary bytes as a standard file (YAML): an error with a place, never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    zicha::fuzzing::quiet_caught_panics();
    zicha::fuzzing::standard(bytes);
});
