//! One heavy document at a time, whatever the number of cores.
//!
//! Documents are read in parallel, one per worker thread. Each reader has budgets of its own
//! (container entries, PDF streams, cells), so one document costs at most a few hundred MiB; but
//! sixteen workers reading sixteen such documents at once would cost sixteen times that (3.8 GiB
//! measured). So each reader *charges* what it is about to hold, as an estimate in bytes (the file,
//! what a container entry or a PDF stream inflates to, the text of the cells read so far), and a
//! document whose charges pass [`LIGHT_BYTES`] waits for the one heavy slot before going on. A run
//! then holds at most one heavy document plus a light one per worker.
//!
//! The charges live in a thread-local: a document is read on one thread from start to end (no
//! reader uses rayon inside), and the slot is a plain mutex held until the document is done, so a
//! thread never waits while it holds the slot and no two documents can wait on each other.

use std::cell::{Cell, RefCell};
use std::sync::{Mutex, MutexGuard};

/// What a document may be charged before it counts as heavy. Ordinary files (a 40-page docx, a
/// register of a few thousand rows, a photo) stay far under it.
const LIGHT_BYTES: u64 = 24 << 20;

static HEAVY_SLOT: Mutex<()> = Mutex::new(());

thread_local! {
    static CHARGED: Cell<u64> = const { Cell::new(0) };
    static SLOT: RefCell<Option<MutexGuard<'static, ()>>> = const { RefCell::new(None) };
}

/// The reading of one document on this thread: charges start at zero, and the heavy slot, if the
/// document took it, is given back when this is dropped.
pub(crate) struct Reading(());

impl Reading {
    pub(crate) fn start() -> Reading {
        CHARGED.set(0);
        Reading(())
    }
}

impl Drop for Reading {
    fn drop(&mut self) {
        CHARGED.set(0);
        SLOT.with_borrow_mut(|slot| {
            if slot.is_some() {
                give_back_freed_memory();
            }
            *slot = None;
        });
    }
}

/// glibc keeps what a thread freed in that thread's arena: without this, each worker that read a
/// heavy document in turn would keep its few hundred MiB, and the run would cost as much as if
/// they had been read at once (1.36 GB for five million-row workbooks on 16 threads; 450 MB with
/// this). Called once per heavy document, before the slot passes on.
fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of the allocator's own arenas to the system; it
    // is thread-safe (MT-Safe in glibc's manual) and touches no memory in use.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Records that the document being read is about to hold `bytes` more; past [`LIGHT_BYTES`] in
/// all, waits for the heavy slot (once per document).
pub(crate) fn charge(bytes: u64) {
    let total = CHARGED.get().saturating_add(bytes);
    CHARGED.set(total);
    if total > LIGHT_BYTES {
        SLOT.with_borrow_mut(|slot| {
            if slot.is_none() {
                // A poisoned slot only means another reader panicked (caught, reported as a
                // damaged file); the slot itself guards no data.
                *slot = Some(HEAVY_SLOT.lock().unwrap_or_else(|p| p.into_inner()));
            }
        });
    }
}

/// Whether the document being read on this thread holds the heavy slot.
#[cfg(test)]
fn holds_slot() -> bool {
    SLOT.with_borrow(Option::is_some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn a_light_document_takes_no_slot_and_a_heavy_one_gives_it_back() {
        {
            let _reading = Reading::start();
            charge(1 << 20);
            assert!(!holds_slot());
            charge(LIGHT_BYTES);
            assert!(holds_slot());
        }
        assert!(!holds_slot());
    }

    #[test]
    fn heavy_documents_on_many_threads_are_read_one_at_a_time() {
        let inside = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        std::thread::scope(|s| {
            for _ in 0..8 {
                s.spawn(|| {
                    for _ in 0..20 {
                        let _reading = Reading::start();
                        charge(LIGHT_BYTES + 1);
                        let now = inside.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        std::thread::yield_now();
                        inside.fetch_sub(1, Ordering::SeqCst);
                    }
                });
            }
        });
        assert_eq!(most.load(Ordering::SeqCst), 1);
    }
}
