//! Signing the dossier: a detached CMS (PKCS#7) signature over the PDF's byte range
//! (`adbe.pkcs7.detached`, which poppler's pdfsig and Acrobat read), with an ECDSA P-256 or RSA key
//! from a PEM file or a PKCS#12 (.p12/.pfx) as CAs issue them, and `zicha keygen` for a community
//! office without a certificate. Signatures are deterministic (RFC 6979 for ECDSA, PKCS#1 v1.5 for
//! RSA) and the signing time is the report date, so the same input gives the same bytes.

mod keys;
mod verify;

pub use keys::{Signer, keygen};
pub use verify::{SignatureCheck, Verification, certificate_sha256, verify_pdf};
pub(crate) use verify::{check_signature, embedded_attachment, embedded_manifest};

/// The placeholder `/ByteRange` array the PDF writer leaves for the signer.
pub(crate) const BYTE_RANGE_PLACEHOLDER: &[u8] = b"/ByteRange [0 2147483647 2147483647 2147483647]";
