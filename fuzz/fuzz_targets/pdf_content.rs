//! Arbitrary bytes as the content stream of a one-page PDF: a diagnostic at worst, never a panic, and
//! memory bounded by the reader's budgets.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    zicha::fuzzing::quiet_caught_panics();
    zicha::fuzzing::pdf_content(bytes);
});
