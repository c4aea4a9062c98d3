//! Document-level diagnostics: problems with one file of the archive (unreadable, empty, undated,
//! unclassified, duplicate, outside the assessment period …). They are data: each has a stable
//! [`Code`], a [`Severity`], the file and a message with help; they never stop the run.

use serde::Serialize;

use crate::i18n::Lang;

/// How much a diagnostic matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; nothing to fix.
    Info,
    /// Weakens the evidence; should be fixed before the assessment.
    Warning,
    /// The file could not be used as evidence at all.
    Error,
}

impl Severity {
    /// The label shown to users.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Severity::Info => lang.pick("提示", "info"),
            Severity::Warning => lang.pick("警告", "warning"),
            Severity::Error => lang.pick("错误", "error"),
        }
    }
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $sev:ident, $zh:literal, $en:literal; )*) => {
        /// Stable diagnostic codes. The string form (`as_str`) is part of the JSON schema.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $( $(#[$doc])* $variant, )* }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The stable string form, e.g. `no-date`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// The default severity.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$sev,)* }
            }

            /// What the code means.
            pub fn description(self, lang: Lang) -> &'static str {
                match self { $(Code::$variant => lang.pick($zh, $en),)* }
            }

            /// Looks a code up by its string form.
            pub fn parse(s: &str) -> Option<Code> {
                match s { $($code => Some(Code::$variant),)* _ => None }
            }
        }
    };
}

codes! {
    /// The file could not be read (permissions, I/O error).
    Unreadable = "unreadable", Error, "文件无法读取", "file cannot be read";
    /// The file has no bytes (or only whitespace).
    EmptyFile = "empty-file", Warning, "文件为空", "file is empty";
    /// The text is in no encoding zicha recognises.
    Undecodable = "undecodable-text", Error, "文本编码无法识别", "text encoding not recognised";
    /// The text was read in a legacy Chinese encoding (GBK / GB18030).
    LegacyEncoding = "legacy-encoding", Info, "文本为旧式中文编码，已自动识别", "text is in a legacy Chinese encoding, detected automatically";
    /// zicha does not read this format's text yet; the file counts by its name and folder.
    ContentNotRead = "content-not-read", Info, "暂不读取此格式的正文，按文件名和文件夹判断", "content of this format is not read; judged by name and folder";
    /// A Windows shortcut (.lnk) or Internet shortcut (.url): it points to a file, it is not one.
    Shortcut = "shortcut", Warning, "这是快捷方式，不是文件本身，不作证据", "a shortcut, not the file itself; not evidence";
    /// A container or document whose structure is broken or truncated.
    Damaged = "damaged-file", Error, "文件已损坏或不完整", "file is damaged or truncated";
    /// Password-protected: the content cannot be read.
    Encrypted = "encrypted", Warning, "文件受密码保护", "file is password-protected";
    /// A zip that expands abnormally (a zip bomb) or has too many entries; not unpacked.
    Suspicious = "suspicious-archive", Error, "压缩内容异常，已拒绝解压", "container expands abnormally; not unpacked";
    /// Legacy binary Office format whose text is not read (.doc, .wps).
    LegacyFormat = "legacy-format", Info, "旧版 Office 格式，请另存为新格式", "legacy Office format; save in the current one";
    /// A PDF without a text layer (a scan).
    NoText = "no-text-layer", Info, "PDF 没有文字层（扫描件）", "PDF has no text layer (a scan)";
    /// The file is larger than the size cap; it is hashed but its text is not read.
    TooLarge = "too-large", Warning, "文件超过大小上限，未读取正文", "file exceeds the size cap; content not read";
    /// No date in the metadata, the file name or the text.
    NoDate = "no-date", Warning, "找不到文件日期", "no date found";
    /// The kind of document could not be recognised.
    Unclassified = "unclassified", Warning, "无法判断文件类型", "document kind not recognised";
    /// A bound volume's 卷内目录 lists a file whose page is not in the volume.
    VolumeItemMissing = "volume-item-missing", Warning, "卷内目录所列文件不在卷内", "a file the volume's contents list is not in the volume";
    /// Same bytes as another file of the archive.
    Duplicate = "duplicate", Warning, "与另一文件内容完全相同", "identical to another file";
    /// Dated outside the assessment period.
    OutsidePeriod = "outside-period", Info, "文件日期不在评定期内", "dated outside the assessment period";
    /// No assessment period in `zicha.yaml` nor in the archive's plans: the last two calendar years
    /// were assumed.
    PeriodGuessed = "period-guessed", Warning, "未找到评定期，按最近两个自然年计", "no assessment period found; the last two calendar years were assumed";
    /// A metadata item the archive rules ask for is missing (责任者 …).
    MissingMetadata = "missing-metadata", Info, "缺少档案著录项", "archival description item missing";
    /// Front matter or a sidecar `.meta.yaml` is malformed; inferred values were used instead.
    InvalidMetadata = "invalid-metadata", Error, "元数据（front matter 或 .meta.yaml）格式错误", "front matter or .meta.yaml is malformed";
    /// A `.meta.yaml` sidecar whose file does not exist.
    OrphanSidecar = "orphan-sidecar", Warning, "元数据文件没有对应的文件", "sidecar has no matching file";
    /// A symbolic link that loops or points outside the archive; not followed.
    UnsafeLink = "unsafe-link", Warning, "符号链接循环或指向档案外，已跳过", "symlink loops or leaves the archive; skipped";
    /// A folder could not be listed.
    WalkError = "walk-error", Error, "文件夹无法读取", "folder cannot be listed";
    /// A file or folder name that is not UTF-8 (GBK names unzipped on Linux): shown and hashed
    /// under an escaped form (`\xNN`) so that no two names collide.
    NameNotUtf8 = "name-not-utf8", Warning, "文件名不是 UTF-8 编码，已按转义形式（\\xNN）记录", "file name is not UTF-8; recorded in escaped form (\\xNN)";
    /// A private key (a signing key) inside the archive: left out of the documents, the manifest
    /// and the catalogue, and named so that it is moved out before the archive is handed over.
    PrivateKey = "private-key", Error, "档案内有私钥文件，未计入清单；请移出档案", "a private key is inside the archive; left out of the manifest, move it out";
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One problem with one file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Stable code.
    pub code: Code,
    /// How much it matters.
    pub severity: Severity,
    /// The file, relative to the archive root, `/`-separated.
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with the code's default severity.
    pub fn new(code: Code, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            path: path.into(),
            message: message.into(),
            help: None,
        }
    }

    /// Adds what to do.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}
