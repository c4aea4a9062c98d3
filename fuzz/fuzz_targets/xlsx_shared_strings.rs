//! Arbitrary bytes as the shared strings of a one-sheet workbook: a diagnostic at worst, never a panic, and
//! memory bounded by the reader's budgets.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    zicha::fuzzing::quiet_caught_panics();
    zicha::fuzzing::xlsx_shared_strings(bytes);
});
