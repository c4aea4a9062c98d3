//! `zicha verify`: is the dossier's signature valid and over the whole file, was it made with the
//! expected certificate, and is the archive still what the embedded manifest lists?

use std::path::Path;

use der::{Decode, Encode};
use lopdf::{Document, Object};
use serde::Serialize;
use sha2::{Digest, Sha256};
use x509_cert::Certificate;

use super::keys::subject_name;
use crate::dossier::{MANIFEST_ATTACHMENT, Manifest, ManifestDiff};
use crate::error::{Error, Result};
use crate::i18n::Lang;

/// The state of the PDF signature.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum SignatureCheck {
    /// Valid, over the whole file.
    Valid {
        /// The certificate's common name.
        signer: String,
        /// SHA-256 of the signing certificate (DER), hex.
        certificate_sha256: String,
    },
    /// Present but not valid; why.
    Invalid {
        /// What is wrong.
        reason: String,
    },
    /// The PDF carries no signature.
    Unsigned,
}

/// Everything `zicha verify` found.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    /// Whether everything checked matches.
    pub ok: bool,
    /// The signature.
    pub signature: SignatureCheck,
    /// Whether the signer is the certificate given with `--cert` (absent when none was given).
    pub expected_signer: Option<bool>,
    /// The manifest's digest, when one is embedded and consistent.
    pub manifest_digest: Option<String>,
    /// Files listed in the manifest.
    pub manifest_files: usize,
    /// What is wrong with the embedded manifest, if anything.
    pub manifest_problem: Option<String>,
    /// Differences between the manifest and the archive (when `--archive` was given).
    pub archive: Option<ManifestDiff>,
}

fn sig_dict(doc: &Document) -> Option<&lopdf::Dictionary> {
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .find(|d| {
            matches!(d.get(b"Type"), Ok(Object::Name(n)) if n == b"Sig") && d.has(b"ByteRange")
        })
}

pub(crate) fn check_signature(
    bytes: &[u8],
    doc: &Document,
    expected: Option<&Certificate>,
) -> (SignatureCheck, Option<bool>) {
    let invalid = |reason: String| (SignatureCheck::Invalid { reason }, None);
    let Some(dict) = sig_dict(doc) else {
        // A signature dictionary the parser could not read (a broken /Contents) is a broken
        // signature, not none: the file says it was signed.
        if bytes
            .windows(b"/ByteRange".len())
            .any(|w| w == b"/ByteRange")
        {
            return invalid("the signature dictionary cannot be read".into());
        }
        return (SignatureCheck::Unsigned, None);
    };
    let Some(range) = dict
        .get(b"ByteRange")
        .ok()
        .and_then(|o| o.as_array().ok())
        .and_then(|a| {
            a.iter()
                .map(|x| x.as_i64().ok().and_then(|v| usize::try_from(v).ok()))
                .collect::<Option<Vec<usize>>>()
        })
    else {
        return invalid("ByteRange unreadable".into());
    };
    let [a0, a1, b0, b1] = range[..] else {
        return invalid("ByteRange is not four numbers".into());
    };
    if a0 != 0 || b0 < a1 || b0.checked_add(b1) != Some(bytes.len()) {
        return invalid(format!(
            "the signature does not cover the whole file (ByteRange {range:?}, file {} bytes)",
            bytes.len()
        ));
    }
    // The gap must be exactly the /Contents hex string.
    if bytes.get(a1) != Some(&b'<') || bytes.get(b0 - 1) != Some(&b'>') {
        return invalid("ByteRange does not frame the signature".into());
    }
    let hex = &bytes[a1 + 1..b0 - 1];
    let cms: Vec<u8> = match (0..hex.len() / 2)
        .map(|i| {
            u8::from_str_radix(
                std::str::from_utf8(&hex[2 * i..2 * i + 2]).unwrap_or("zz"),
                16,
            )
        })
        .collect::<std::result::Result<Vec<u8>, _>>()
    {
        Ok(v) => v,
        Err(_) => return invalid("signature is not hexadecimal".into()),
    };
    let mut h = Sha256::new();
    h.update(&bytes[..a1]);
    h.update(&bytes[b0..]);
    let digest = h.finalize();
    match verify_cms(&cms, &digest) {
        Ok(cert) => {
            let der = cert.to_der().unwrap_or_default();
            let expected_signer = expected.map(|e| e.to_der().map(|d| d == der).unwrap_or(false));
            (
                SignatureCheck::Valid {
                    signer: subject_name(&cert),
                    certificate_sha256: format!("{:x}", Sha256::digest(&der)),
                },
                expected_signer,
            )
        }
        Err(reason) => invalid(reason),
    }
}

/// Checks a detached CMS signature over `digest`; returns the signer's certificate.
fn verify_cms(cms: &[u8], digest: &[u8]) -> std::result::Result<Certificate, String> {
    use cms::content_info::ContentInfo;
    use cms::signed_data::SignedData;
    // The hex string is padded with zeros after the DER: read the outer header for its length.
    let total = {
        use der::{Decode as _, Reader};
        let mut reader = der::SliceReader::new(cms).map_err(|e| e.to_string())?;
        let header =
            der::Header::decode(&mut reader).map_err(|e| format!("not a CMS signature: {e}"))?;
        let len = (reader.position() + header.length).map_err(|e| e.to_string())?;
        u32::from(len) as usize
    };
    let info = cms
        .get(..total)
        .ok_or_else(|| "truncated signature".to_string())
        .and_then(|der| {
            ContentInfo::from_der(der).map_err(|e| format!("not a CMS signature: {e}"))
        })?;
    let signed: SignedData = info
        .content
        .decode_as()
        .map_err(|e| format!("not SignedData: {e}"))?;
    let signer = signed.signer_infos.0.iter().next().ok_or("no signer")?;
    let cert = signed
        .certificates
        .as_ref()
        .and_then(|c| {
            c.0.iter().find_map(|choice| match choice {
                cms::cert::CertificateChoices::Certificate(c) => Some(c.clone()),
                _ => None,
            })
        })
        .ok_or("no certificate in the signature")?;
    let attrs = signer.signed_attrs.as_ref().ok_or("no signed attributes")?;
    let md = attrs
        .iter()
        .find(|a| a.oid == const_oid::db::rfc5911::ID_MESSAGE_DIGEST)
        .and_then(|a| a.values.iter().next())
        .and_then(|v| der::asn1::OctetStringRef::try_from(v).ok())
        .ok_or("no message digest")?;
    if md.as_bytes() != digest {
        return Err("digest mismatch: the file was changed after it was signed".into());
    }
    let signed_bytes = attrs.to_der().map_err(|e| e.to_string())?;
    let spki = &cert.tbs_certificate.subject_public_key_info;
    let sig = signer.signature.as_bytes();
    let ok = if spki.algorithm.oid == const_oid::db::rfc5912::ID_EC_PUBLIC_KEY {
        use p256::ecdsa::signature::Verifier;
        let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(spki.subject_public_key.raw_bytes())
            .map_err(|e| e.to_string())?;
        let s = p256::ecdsa::DerSignature::from_bytes(sig).map_err(|e| e.to_string())?;
        key.verify(&signed_bytes, &s).is_ok()
    } else if spki.algorithm.oid == const_oid::db::rfc5912::RSA_ENCRYPTION {
        use rsa::pkcs8::DecodePublicKey;
        use rsa::signature::Verifier;
        let key =
            rsa::RsaPublicKey::from_public_key_der(&spki.to_der().map_err(|e| e.to_string())?)
                .map_err(|e| e.to_string())?;
        let s = rsa::pkcs1v15::Signature::try_from(sig).map_err(|e| e.to_string())?;
        rsa::pkcs1v15::VerifyingKey::<Sha256>::new(key)
            .verify(&signed_bytes, &s)
            .is_ok()
    } else {
        return Err(format!("unsupported key algorithm {}", spki.algorithm.oid));
    };
    if ok {
        Ok(cert)
    } else {
        Err("the signature does not match the certificate's key".into())
    }
}

/// The bytes of the file attached to the PDF under `name`.
pub(crate) fn embedded_attachment(
    doc: &Document,
    name: &str,
) -> std::result::Result<Vec<u8>, String> {
    let catalog = doc.catalog().map_err(|e| e.to_string())?;
    let get = |d: &lopdf::Dictionary, k: &[u8]| -> std::result::Result<Object, String> {
        let o = d
            .get(k)
            .map_err(|_| format!("no /{}", String::from_utf8_lossy(k)))?;
        doc.dereference(o)
            .map(|(_, o)| o.clone())
            .map_err(|e| e.to_string())
    };
    let names = get(catalog, b"Names")?;
    let files = get(
        names.as_dict().map_err(|e| e.to_string())?,
        b"EmbeddedFiles",
    )?;
    let list = get(files.as_dict().map_err(|e| e.to_string())?, b"Names")?;
    let list = list.as_array().map_err(|e| e.to_string())?;
    for pair in list.chunks(2) {
        let [found, spec] = pair else { continue };
        if found.as_str().ok() != Some(name.as_bytes()) {
            continue;
        }
        let spec = doc
            .dereference(spec)
            .map_err(|e| e.to_string())?
            .1
            .as_dict()
            .map_err(|e| e.to_string())?
            .clone();
        let ef = get(&spec, b"EF")?;
        let file = ef
            .as_dict()
            .map_err(|e| e.to_string())?
            .get(b"F")
            .map_err(|_| "no /EF /F".to_string())?;
        let stream = doc
            .dereference(file)
            .map_err(|e| e.to_string())?
            .1
            .as_stream()
            .map_err(|e| e.to_string())?
            .clone();
        return Ok(stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone()));
    }
    Err(format!("no attachment {name}"))
}

pub(crate) fn embedded_manifest(doc: &Document) -> std::result::Result<Manifest, String> {
    let data = embedded_attachment(doc, MANIFEST_ATTACHMENT)?;
    serde_json::from_slice(&data).map_err(|e| format!("manifest unreadable: {e}"))
}

/// Reads a certificate (PEM, or DER).
pub(crate) fn load_certificate(p: &Path) -> Result<Certificate> {
    use der::DecodePem;
    let text = crate::input::read_bounded(p, crate::input::TEXT_LIMIT)?;
    Certificate::from_pem(&text)
        .or_else(|_| Certificate::from_der(&text))
        .map_err(|e| {
            Error::Other(format!(
                "{}: 不是 PEM 或 DER 证书 / not a PEM or DER certificate: {e}",
                p.display()
            ))
        })
}

/// SHA-256 (hex) of a certificate file's DER: the fingerprint `zicha verify` and `zicha district`
/// show for a signer.
pub fn certificate_sha256(p: &Path) -> Result<String> {
    let cert = load_certificate(p)?;
    let der = cert.to_der().map_err(|e| Error::Other(e.to_string()))?;
    Ok(format!("{:x}", Sha256::digest(&der)))
}

/// Verifies a dossier: its signature (and signer, given `expected`), its embedded manifest, and —
/// given the archive — that every file is still as listed.
pub fn verify_pdf(
    pdf: &Path,
    archive: Option<&Path>,
    expected: Option<&Path>,
    lang: Lang,
) -> Result<Verification> {
    let bytes = crate::input::read_bounded(pdf, crate::input::DOCUMENT_LIMIT)?;
    let expected = expected.map(load_certificate).transpose()?;
    let doc = match Document::load_mem(&bytes) {
        Ok(d) => d,
        Err(e) => {
            return Ok(Verification {
                ok: false,
                signature: SignatureCheck::Invalid {
                    reason: format!("PDF unreadable: {e}"),
                },
                expected_signer: None,
                manifest_digest: None,
                manifest_files: 0,
                manifest_problem: Some("PDF unreadable".into()),
                archive: None,
            });
        }
    };
    let (signature, expected_signer) = check_signature(&bytes, &doc, expected.as_ref());
    let (manifest, manifest_problem) = match embedded_manifest(&doc) {
        Ok(m) if m.is_consistent() => (Some(m), None),
        Ok(_) => (
            None,
            Some("the manifest's digest does not match its files".to_string()),
        ),
        Err(e) => (None, Some(e)),
    };
    let archive_diff = match (archive, &manifest) {
        (Some(root), Some(m)) => {
            let mut diff = m.compare(&Manifest::of_archive(root, lang)?);
            // A dossier filed in the archive it describes cannot list itself: it was written after
            // its manifest. It is no file added since (its own bytes are the signature's to check).
            let itself = std::fs::canonicalize(pdf).ok();
            let other = |rel: &String| {
                itself.is_none() || std::fs::canonicalize(root.join(rel)).ok() != itself
            };
            diff.added.retain(other);
            diff.changed.retain(other);
            Some(diff)
        }
        _ => None,
    };
    let ok = matches!(signature, SignatureCheck::Valid { .. })
        && expected_signer != Some(false)
        && manifest.is_some()
        && archive_diff.as_ref().is_none_or(ManifestDiff::is_empty);
    Ok(Verification {
        ok,
        signature,
        expected_signer,
        manifest_digest: manifest.as_ref().map(|m| m.digest.clone()),
        manifest_files: manifest.as_ref().map_or(0, |m| m.files.len()),
        manifest_problem,
        archive: archive_diff,
    })
}
