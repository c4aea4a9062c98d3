//! Keys and certificates: loading (PEM, PKCS#12), generating (`zicha keygen`), and signing the PDF.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use cms::builder::{SignedDataBuilder, SignerInfoBuilder};
use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::signed_data::{EncapsulatedContentInfo, SignerIdentifier};
use der::asn1::SetOfVec;
use der::{Decode, DecodePem, Encode, EncodePem};
use sha2::{Digest, Sha256};
use spki::{AlgorithmIdentifierOwned, EncodePublicKey};
use x509_cert::Certificate;

use super::BYTE_RANGE_PLACEHOLDER;
use crate::dossier::SIGNATURE_SPACE;
use crate::error::{Error, Result};

enum Key {
    P256(p256::ecdsa::SigningKey),
    Rsa(Box<rsa::pkcs1v15::SigningKey<Sha256>>),
}

/// A signing key with its certificate.
pub struct Signer {
    key: Key,
    cert: Certificate,
    name: String,
}

fn bad(path: &Path, what: &str) -> Error {
    Error::Other(format!("{}: {what}", path.display()))
}

/// The common name of a certificate's subject, or the whole subject.
pub(crate) fn subject_name(cert: &Certificate) -> String {
    let subject = &cert.tbs_certificate.subject;
    for rdn in subject.0.iter() {
        for atv in rdn.0.iter() {
            if atv.oid == const_oid::db::rfc4519::CN {
                if let Ok(s) = der::asn1::Utf8StringRef::try_from(&atv.value) {
                    return s.as_str().to_string();
                }
                if let Ok(s) = der::asn1::PrintableStringRef::try_from(&atv.value) {
                    return s.as_str().to_string();
                }
            }
        }
    }
    subject.to_string()
}

impl Signer {
    /// Loads a key (PEM: PKCS#8, SEC1 or PKCS#1; or PKCS#12 with its own certificate) and, for a
    /// PEM key, its certificate. The key must belong to the certificate.
    pub fn load(
        key_path: &Path,
        cert_path: Option<&Path>,
        password: Option<&str>,
    ) -> Result<Signer> {
        let bytes = crate::input::read_bounded(key_path, crate::input::TEXT_LIMIT)?;
        let is_pem = bytes.starts_with(b"-----")
            || std::str::from_utf8(&bytes).is_ok_and(|s| s.contains("-----BEGIN"));
        let (key, cert) = if is_pem {
            let text = String::from_utf8(bytes).map_err(|_| bad(key_path, "not a PEM file"))?;
            let key = pem_key(&text).ok_or_else(|| bad(key_path, "不是可用的私钥（支持 ECDSA P-256 和 RSA 的 PEM）/ not an ECDSA P-256 or RSA private key"))?;
            let cert_path = cert_path.ok_or_else(|| {
                Error::Other(
                    "使用 PEM 私钥签名时还需要 --cert 证书文件 / a PEM key needs --cert".into(),
                )
            })?;
            let cert_text = crate::input::read_text_bounded(cert_path, crate::input::TEXT_LIMIT)?;
            let cert = Certificate::from_pem(cert_text.as_bytes())
                .map_err(|e| bad(cert_path, &format!("not a PEM certificate: {e}")))?;
            (key, cert)
        } else {
            let store = p12_keystore::KeyStore::from_pkcs12(
                &bytes,
                password.unwrap_or(""),
                p12_keystore::Pkcs12ImportPolicy::Relaxed,
            )
            .map_err(|e| {
                bad(
                    key_path,
                    &format!("PKCS#12 无法读取（口令错误或文件损坏）/ cannot read PKCS#12: {e}"),
                )
            })?;
            let (_, chain) = store
                .private_key_chain()
                .ok_or_else(|| bad(key_path, "PKCS#12 里没有私钥 / no private key in it"))?;
            let key = der_key(chain.key().as_der())
                .ok_or_else(|| bad(key_path, "unsupported key type (ECDSA P-256 or RSA)"))?;
            let first = chain
                .certs()
                .first()
                .ok_or_else(|| bad(key_path, "PKCS#12 里没有证书 / no certificate"))?;
            let cert =
                Certificate::from_der(first.as_der()).map_err(|e| bad(key_path, &e.to_string()))?;
            (key, cert)
        };
        let public = match &key {
            Key::P256(k) => k.verifying_key().to_public_key_der(),
            Key::Rsa(k) => rsa::RsaPublicKey::from(k.as_ref().as_ref()).to_public_key_der(),
        }
        .map_err(|e| Error::Other(e.to_string()))?;
        let cert_public = cert
            .tbs_certificate
            .subject_public_key_info
            .to_der()
            .map_err(|e| Error::Other(e.to_string()))?;
        if public.as_bytes() != cert_public.as_slice() {
            return Err(Error::Other(format!(
                "{}: 私钥与证书不匹配 / the key does not belong to the certificate",
                key_path.display()
            )));
        }
        let name = subject_name(&cert);
        Ok(Signer { key, cert, name })
    }

    /// The signer's name (the certificate's common name).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Signs a PDF that the dossier writer left a signature field in: fills in /ByteRange and
    /// /Contents with a detached CMS signature over everything else.
    pub fn sign_pdf(&self, pdf: &[u8], date: chrono::NaiveDate) -> Result<Vec<u8>> {
        let mut out = pdf.to_vec();
        let br_at = find(&out, BYTE_RANGE_PLACEHOLDER)
            .ok_or_else(|| Error::Other("PDF has no signature field".into()))?;
        let contents_at = find(&out[br_at..], b"/Contents <")
            .map(|i| br_at + i + b"/Contents ".len())
            .ok_or_else(|| Error::Other("PDF has no signature contents".into()))?;
        let end = contents_at + 1 + 2 * SIGNATURE_SPACE;
        if out.get(end) != Some(&b'>') {
            return Err(Error::Other("unexpected signature placeholder".into()));
        }
        let (a, b) = (contents_at, end + 1);
        let range = format!("[0 {a} {b} {}]", out.len() - b);
        let placeholder = &BYTE_RANGE_PLACEHOLDER[b"/ByteRange ".len()..];
        let mut patched = range.into_bytes();
        patched.resize(placeholder.len(), b' ');
        let at = br_at + b"/ByteRange ".len();
        out[at..at + placeholder.len()].copy_from_slice(&patched);
        let mut h = Sha256::new();
        h.update(&out[..a]);
        h.update(&out[b..]);
        let digest = h.finalize();
        let cms = self.cms(&digest, date)?;
        if cms.len() > SIGNATURE_SPACE {
            return Err(Error::Other(
                "signature larger than the space reserved".into(),
            ));
        }
        let hex: String = cms.iter().map(|byte| format!("{byte:02X}")).collect();
        out[a + 1..a + 1 + hex.len()].copy_from_slice(hex.as_bytes());
        for byte in &mut out[a + 1 + hex.len()..end] {
            *byte = b'0';
        }
        Ok(out)
    }

    fn cms(&self, digest: &[u8], date: chrono::NaiveDate) -> Result<Vec<u8>> {
        let err = |e: &dyn std::fmt::Display| Error::Other(format!("CMS: {e}"));
        let encap = EncapsulatedContentInfo {
            econtent_type: const_oid::db::rfc5911::ID_DATA,
            econtent: None,
        };
        let sid = SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
            issuer: self.cert.tbs_certificate.issuer.clone(),
            serial_number: self.cert.tbs_certificate.serial_number.clone(),
        });
        let sha256 = AlgorithmIdentifierOwned {
            oid: const_oid::db::rfc5912::ID_SHA_256,
            parameters: None,
        };
        let signing_time = signing_time(date).map_err(|e| err(&e))?;
        let mut builder = SignedDataBuilder::new(&encap);
        builder
            .add_digest_algorithm(sha256.clone())
            .map_err(|e| err(&e))?;
        builder
            .add_certificate(CertificateChoices::Certificate(self.cert.clone()))
            .map_err(|e| err(&e))?;
        match &self.key {
            Key::P256(k) => {
                let mut si = SignerInfoBuilder::new(k, sid, sha256, &encap, Some(digest))
                    .map_err(|e| err(&e))?;
                si.add_signed_attribute(signing_time).map_err(|e| err(&e))?;
                builder
                    .add_signer_info::<_, p256::ecdsa::DerSignature>(si)
                    .map_err(|e| err(&e))?;
            }
            Key::Rsa(k) => {
                let mut si = SignerInfoBuilder::new(k.as_ref(), sid, sha256, &encap, Some(digest))
                    .map_err(|e| err(&e))?;
                si.add_signed_attribute(signing_time).map_err(|e| err(&e))?;
                builder
                    .add_signer_info::<_, rsa::pkcs1v15::Signature>(si)
                    .map_err(|e| err(&e))?;
            }
        }
        builder
            .build()
            .map_err(|e| err(&e))?
            .to_der()
            .map_err(|e| err(&e))
    }
}

fn signing_time(date: chrono::NaiveDate) -> der::Result<x509_cert::attr::Attribute> {
    use chrono::Datelike;
    // Midnight of the report date in China (UTC+8) is 16:00 UTC the day before.
    let utc = date.and_hms_opt(0, 0, 0).expect("midnight") - chrono::Duration::hours(8);
    let dt = der::DateTime::new(
        utc.year() as u16,
        utc.month() as u8,
        utc.day() as u8,
        chrono::Timelike::hour(&utc) as u8,
        0,
        0,
    )?;
    let value = der::asn1::UtcTime::from_date_time(dt)?.to_der()?;
    let mut values = SetOfVec::new();
    values.insert(der::Any::from_der(&value)?)?;
    Ok(x509_cert::attr::Attribute {
        oid: const_oid::db::rfc5911::ID_SIGNING_TIME,
        values,
    })
}

fn pem_key(text: &str) -> Option<Key> {
    use p256::pkcs8::DecodePrivateKey;
    use rsa::pkcs1::DecodeRsaPrivateKey;
    if let Ok(k) =
        p256::SecretKey::from_pkcs8_pem(text).or_else(|_| p256::SecretKey::from_sec1_pem(text))
    {
        return Some(Key::P256(p256::ecdsa::SigningKey::from(k)));
    }
    rsa::RsaPrivateKey::from_pkcs8_pem(text)
        .or_else(|_| rsa::RsaPrivateKey::from_pkcs1_pem(text))
        .ok()
        .map(|k| Key::Rsa(Box::new(rsa::pkcs1v15::SigningKey::<Sha256>::new(k))))
}

fn der_key(der: &[u8]) -> Option<Key> {
    use p256::pkcs8::DecodePrivateKey;
    if let Ok(k) = p256::SecretKey::from_pkcs8_der(der) {
        return Some(Key::P256(p256::ecdsa::SigningKey::from(k)));
    }
    rsa::RsaPrivateKey::from_pkcs8_der(der)
        .ok()
        .map(|k| Key::Rsa(Box::new(rsa::pkcs1v15::SigningKey::<Sha256>::new(k))))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Creates `DIR/signing-key.pem` (ECDSA P-256, PKCS#8, mode 0600) and `DIR/signing-cert.pem` (a
/// self-signed certificate for `name`, valid ten years). Refuses to overwrite an existing key.
pub fn keygen(dir: &Path, name: &str) -> Result<(PathBuf, PathBuf)> {
    use p256::pkcs8::EncodePrivateKey;
    use x509_cert::builder::{Builder, CertificateBuilder, Profile};
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let key_path = dir.join("signing-key.pem");
    let cert_path = dir.join("signing-cert.pem");
    if key_path.exists() {
        return Err(Error::Other(format!(
            "{}: 已存在，不会覆盖已有的私钥 / exists; an existing key is never overwritten",
            key_path.display()
        )));
    }
    let secret = p256::SecretKey::random(&mut rand_core::OsRng);
    let signing = p256::ecdsa::SigningKey::from(secret.clone());
    let spki = spki::SubjectPublicKeyInfoOwned::from_key(*signing.verifying_key())
        .map_err(|e| Error::Other(e.to_string()))?;
    let subject = x509_cert::name::Name::from_str(&format!(
        "CN={},O=zicha self-signed",
        rfc4514_escape(name)
    ))
    .map_err(|e| Error::Other(format!("certificate name: {e}")))?;
    let mut serial = [0u8; 16];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut serial);
    serial[0] &= 0x7F;
    let serial = x509_cert::serial_number::SerialNumber::new(&serial)
        .map_err(|e| Error::Other(e.to_string()))?;
    // Valid from two days ago: a dossier dated today is signed at midnight Beijing time, which
    // may be hours before this moment.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let day = std::time::Duration::from_secs(24 * 3600);
    let time = |d: std::time::Duration| -> Result<x509_cert::time::Time> {
        let utc =
            der::asn1::UtcTime::from_unix_duration(d).map_err(|e| Error::Other(e.to_string()))?;
        Ok(x509_cert::time::Time::UtcTime(utc))
    };
    let validity = x509_cert::time::Validity {
        not_before: time(now - 2 * day)?,
        not_after: time(now + 3650 * day)?,
    };
    // A leaf certificate for signing documents (digitalSignature, nonRepudiation), issued by itself.
    let profile = Profile::Leaf {
        issuer: subject.clone(),
        enable_key_agreement: false,
        enable_key_encipherment: false,
    };
    let builder = CertificateBuilder::new(profile, serial, validity, subject, spki, &signing)
        .map_err(|e| Error::Other(e.to_string()))?;
    let cert = builder
        .build::<p256::ecdsa::DerSignature>()
        .map_err(|e| Error::Other(e.to_string()))?;
    let key_pem = secret
        .to_pkcs8_pem(der::pem::LineEnding::LF)
        .map_err(|e| Error::Other(e.to_string()))?;
    write_private(&key_path, key_pem.as_bytes())?;
    let cert_pem = cert
        .to_pem(der::pem::LineEnding::LF)
        .map_err(|e| Error::Other(e.to_string()))?;
    std::fs::write(&cert_path, cert_pem).map_err(|e| Error::io(&cert_path, e))?;
    Ok((key_path, cert_path))
}

fn rfc4514_escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            ',' | '+' | '"' | '\\' | '<' | '>' | ';' | '=' => vec!['\\', c],
            _ => vec![c],
        })
        .collect()
}

/// Creates the file readable by its owner only, before any byte of the key is written.
fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(path).map_err(|e| Error::io(path, e))?;
    f.write_all(bytes).map_err(|e| Error::io(path, e))
}
