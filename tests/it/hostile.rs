//! Issue "Trust under attack": zicha never destroys or writes what it did not create. Each test
//! is one defect found by trying zicha as an attacker or a careless user would.

use std::fs;
use std::path::Path;

use super::zicha;
use predicates::prelude::*;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

const MINUTES: &str = "领导小组例会纪要\n会议时间：2024年3月1日\n参会人员：张三、李四\n";

#[test]
fn a_missing_archive_or_index_is_an_error_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing");
    for args in [vec!["audit"], vec!["dossier", "-o", "/tmp/zicha-never.pdf"]] {
        zicha()
            .args(&args)
            .arg(&missing)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("找不到档案文件夹"));
        assert!(!missing.exists(), "{args:?} created the archive folder");
    }
    zicha()
        .args(["search", "会议", "--index"])
        .arg(&missing)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("找不到索引文件夹"));
    assert!(!missing.exists(), "search created the index folder");
}

#[test]
fn a_state_folder_that_holds_someone_elses_files_is_never_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path();
    write(archive, "会议纪要 2024-03-01.txt", MINUTES);
    // An evidence folder that happens to be called like the index's.
    write(archive, "tantivy/照片说明.txt", "活动照片说明");
    for args in [
        vec!["index", ".", "--state", "."],
        vec!["index", ".", "--into", "."],
    ] {
        zicha()
            .current_dir(archive)
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("不是 zicha 的状态文件夹"));
        assert_eq!(
            fs::read_to_string(archive.join("tantivy/照片说明.txt")).unwrap(),
            "活动照片说明",
            "{args:?}"
        );
        assert!(!archive.join("state.json").exists());
    }
    // The audit still runs; it only declines to record the run there.
    zicha()
        .env_remove("ZICHA_NO_HISTORY")
        .current_dir(archive)
        .args(["audit", ".", "--state", "."])
        .assert()
        .code(predicate::in_iter([0, 1]))
        .stderr(predicate::str::contains("不是 zicha 的状态文件夹"));
    assert!(!archive.join("last-audit.json").exists());
}

#[test]
fn a_state_folder_of_an_earlier_version_is_taken_over_and_marked() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("档案");
    write(&archive, "会议纪要 2024-03-01.txt", MINUTES);
    let state = dir.path().join("state");
    zicha()
        .args(["index"])
        .arg(&archive)
        .arg("--into")
        .arg(&state)
        .assert()
        .success();
    assert!(state.join("zicha-state.txt").is_file());
    // As an earlier version left it: no marker.
    fs::remove_file(state.join("zicha-state.txt")).unwrap();
    zicha()
        .args(["search", "纪要", "--index"])
        .arg(&state)
        .assert()
        .success()
        .stdout(predicate::str::contains("会议纪要 2024-03-01.txt"));
    assert!(state.join("zicha-state.txt").is_file());
}

#[test]
fn the_dossier_and_the_signing_key_are_refused_inside_the_archive() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("档案");
    write(&archive, "会议纪要 2024-03-01.txt", MINUTES);
    write(&archive, "zicha.yaml", "community: 龙凤园社区\n");
    zicha()
        .current_dir(&archive)
        .args(["dossier", "-o", "自查报告.pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("在档案文件夹内"));
    assert!(!archive.join("自查报告.pdf").exists());
    zicha()
        .current_dir(&archive)
        .args(["dossier", "-o", "自查报告.pdf", "--force"])
        .assert()
        .success();
    zicha()
        .current_dir(&archive)
        .args(["keygen", "--out", "签名"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("私钥不应放进档案"));
    assert!(!archive.join("签名").exists());
    zicha()
        .current_dir(&archive)
        .args(["keygen", "--out", "../签名"])
        .assert()
        .success();
    // A signed dossier filed, when forced, in the archive it describes verifies against it: it
    // cannot list itself. Anything else added is still named.
    zicha()
        .current_dir(&archive)
        .args(["dossier", "-o", "自查报告.pdf", "--force"])
        .args([
            "--key",
            "../签名/signing-key.pem",
            "--cert",
            "../签名/signing-cert.pem",
        ])
        .assert()
        .success();
    zicha()
        .current_dir(&archive)
        .args(["verify", "自查报告.pdf", "--archive", "."])
        .assert()
        .success()
        .stdout(predicate::str::contains("档案与清单完全一致"));
    write(&archive, "补充材料.txt", "后补的说明\n");
    zicha()
        .current_dir(&archive)
        .args(["verify", "自查报告.pdf", "--archive", "."])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("补充材料.txt"));
}

#[test]
fn numbers_from_outside_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "会议纪要 2024-03-01.txt", MINUTES);
    for bad in ["nan", "inf", "-1", "1e9"] {
        zicha()
            .arg("audit")
            .arg(dir.path())
            .arg(format!("--fail-under={bad}"))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("0 到 100"));
    }
    // Not an abort from allocating room for four billion results.
    zicha()
        .args(["search", "会议", "--limit", "4294967296", "--archive"])
        .arg(dir.path())
        .assert()
        .code(2);
    // A standard whose points make any verdict possible is rejected, and says which part.
    let standard = std::fs::read_to_string(super::repo().join("standards/aqt9001-2006.yaml"))
        .unwrap()
        .replace(
            "{id: presence, title: 有无, title_en: Exists, points: 0.8}",
            "{id: presence, title: 有无, title_en: Exists, points: 1e308}",
        );
    let bad = dir.path().join("bad-standard.yaml");
    std::fs::write(&bad, standard).unwrap();
    zicha()
        .args(["standard", "lint"])
        .arg(&bad)
        .assert()
        .code(2)
        .stdout(predicate::str::contains("presence").and(predicate::str::contains("1e308")));
}

#[cfg(unix)]
#[test]
fn devices_and_links_out_of_the_archive_are_refused() {
    for args in [
        vec!["verify", "/dev/zero"],
        vec!["standard", "lint", "/dev/zero"],
        vec!["diff", "/dev/zero", "/dev/zero"],
    ] {
        zicha()
            .args(&args)
            .timeout(std::time::Duration::from_secs(20))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("不是普通文件"));
    }
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("档案");
    write(&archive, "会议纪要 2024-03-01.txt", MINUTES);
    write(dir.path(), "elsewhere.yaml", "gate: {min_score: 0}\n");
    std::os::unix::fs::symlink(
        dir.path().join("elsewhere.yaml"),
        archive.join("zicha.yaml"),
    )
    .unwrap();
    zicha()
        .arg("audit")
        .arg(&archive)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("链接到档案以外"));
}

#[cfg(unix)]
#[test]
fn names_that_would_rewrite_the_terminal_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    // An empty file is a diagnostic, which names it.
    write(dir.path(), "a\r✓ 核验通过\u{202e}.txt", "");
    let out = zicha().arg("audit").arg(dir.path()).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("a\\r✓ 核验通过\\u{202e}.txt"), "{text}");
    assert!(!text.contains('\r') && !text.contains('\u{202e}'));
}

/// GBK names unzipped on Linux are not UTF-8: two such names must never collapse into one path,
/// or a forged twin, or a change to the hidden file, would pass `verify`.
#[cfg(target_os = "linux")]
#[test]
fn a_forged_twin_behind_a_name_that_is_not_utf8_fails_verify() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("档案");
    write(&archive, "会议纪要 2024-03-01.txt", MINUTES);
    // 会议.txt and 会计.txt in GBK.
    let meeting = archive.join(OsStr::from_bytes(b"\xbb\xe1\xd2\xe9.txt"));
    fs::write(&meeting, "会议记录").unwrap();
    let dossier = dir.path().join("自查报告.pdf");
    let keys = dir.path().join("签名");
    zicha()
        .arg("keygen")
        .arg("--out")
        .arg(&keys)
        .assert()
        .success();
    zicha()
        .arg("dossier")
        .arg(&archive)
        .arg("-o")
        .arg(&dossier)
        .arg("--key")
        .arg(keys.join("signing-key.pem"))
        .arg("--cert")
        .arg(keys.join("signing-cert.pem"))
        .assert()
        .success();
    let json = zicha()
        .args(["audit", "--format", "json"])
        .arg(&archive)
        .output()
        .unwrap();
    let text = String::from_utf8(json.stdout).unwrap();
    assert!(text.contains("\\\\xbb\\\\xe1\\\\xd2\\\\xe9.txt"), "{text}");
    let verify = || {
        zicha()
            .arg("verify")
            .arg(&dossier)
            .arg("--archive")
            .arg(&archive)
            .assert()
    };
    assert!(text.contains("name-not-utf8"));
    verify().success();
    // A twin whose name differs only in bytes that are not UTF-8.
    fs::write(
        archive.join(OsStr::from_bytes(b"\xbb\xe1\xbc\xc6.txt")),
        "伪造",
    )
    .unwrap();
    verify()
        .code(1)
        .stdout(predicate::str::contains("\\xbb\\xe1\\xbc\\xc6.txt"));
    // The hidden file changed, the twin gone.
    fs::remove_file(archive.join(OsStr::from_bytes(b"\xbb\xe1\xbc\xc6.txt"))).unwrap();
    fs::write(&meeting, "改过的会议记录").unwrap();
    verify()
        .code(1)
        .stdout(predicate::str::contains("\\xbb\\xe1\\xd2\\xe9.txt"));
}

/// A folder that cannot be listed is never left out of a manifest unseen: the dossier and
/// `verify` stop and name it. (As root every folder can be listed, so there it cannot be staged;
/// the test says so and checks nothing.)
#[cfg(unix)]
#[test]
fn an_unreadable_folder_stops_the_manifest_and_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("档案");
    write(&archive, "会议纪要 2024-03-01.txt", MINUTES);
    write(
        &archive,
        "培训/培训记录 2024-05-01.txt",
        "培训记录\n参加人数：30人\n",
    );
    let locked = archive.join("培训");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read_dir(&locked).is_ok() {
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("running as root: every folder can be listed, nothing to check");
        return;
    }
    let out = zicha()
        .arg("dossier")
        .arg(&archive)
        .arg("-o")
        .arg(dir.path().join("自查报告.pdf"))
        .output()
        .unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("培训"));
    assert!(!dir.path().join("自查报告.pdf").exists());
}

/// A damaged index is rebuilt from the archives it held, as the README promises, and answers as
/// before: never an empty answer that looks like "nothing found".
#[test]
fn a_damaged_index_is_rebuilt_from_its_archives() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("龙凤园社区");
    write(&archive, "会议纪要 2024-03-01.txt", MINUTES);
    let index = dir.path().join("区索引");
    zicha()
        .arg("index")
        .arg(&archive)
        .arg("--into")
        .arg(&index)
        .assert()
        .success();
    for entry in fs::read_dir(index.join("tantivy")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "idx" || e == "store") {
            fs::write(&path, b"damaged").unwrap();
        }
    }
    zicha()
        .args(["search", "纪要", "--index"])
        .arg(&index)
        .assert()
        .success()
        .stdout(predicate::str::contains("会议纪要 2024-03-01.txt"))
        .stderr(predicate::str::contains("索引已重建"));
}

/// A PDF of `pages` pages that all draw `content` (stored Flate-compressed as one shared stream),
/// with a correct cross-reference table.
fn pdf_sharing_one_stream(content: &[u8], pages: usize) -> Vec<u8> {
    use std::io::Write;
    let mut packed = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    packed.write_all(content).unwrap();
    let packed = packed.finish().unwrap();
    let kids: String = (0..pages).map(|i| format!("{} 0 R ", 4 + i)).collect();
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!("<< /Type /Pages /Kids [{kids}] /Count {pages} >>").into_bytes(),
        [
            format!(
                "<< /Length {} /Filter /FlateDecode >>\nstream\n",
                packed.len()
            )
            .as_bytes(),
            &packed,
            b"\nendstream",
        ]
        .concat(),
    ];
    for _ in 0..pages {
        objects.push(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >> /Contents 3 0 R >>".to_vec(),
        );
    }
    zicha::fuzzing::pdf_of_objects(&objects)
}

/// The largest resident set of any child process waited for so far, in bytes.
fn children_peak_rss() -> u64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes into the struct it is given.
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    usage.ru_maxrss as u64 * 1024
}

#[test]
fn a_pdf_whose_page_stream_inflates_to_gigabytes_is_named_not_parsed() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("档案");
    write(&archive, "会议纪要 2024-03-01.txt", MINUTES);
    // 66 KB on disk; 64 MiB of `q` operators once inflated.
    let bomb = pdf_sharing_one_stream(&b"q\n".repeat(32 << 20), 1);
    assert!(bomb.len() < 200_000, "{}", bomb.len());
    fs::write(archive.join("扫描件 2024-05-01.pdf"), bomb).unwrap();
    // 2,000 pages drawing one stream with text: read once, not 2,000 times.
    let text = b"BT /F1 12 Tf 72 720 Td (shared page text) Tj ET\n".repeat(40_000);
    fs::write(
        archive.join("汇编 2024-06-01.pdf"),
        pdf_sharing_one_stream(&text, 2000),
    )
    .unwrap();
    let audit = audited(&archive, 60);
    let bomb = document_in(&audit, "扫描件 2024-05-01.pdf");
    assert_eq!(
        bomb["diagnostics"][0]["code"], "suspicious-archive",
        "{bomb}"
    );
    let shared = document_in(&audit, "汇编 2024-06-01.pdf");
    assert!(shared["text_chars"].as_u64().unwrap() > 100_000, "{shared}");
    assert!(
        children_peak_rss() < 1 << 30,
        "peak {} bytes",
        children_peak_rss()
    );
}

#[test]
fn a_workbook_whose_cells_all_point_at_one_huge_shared_string_is_read_within_bounds() {
    use std::io::{Read, Write};
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("档案");
    write(&archive, "会议纪要 2024-03-01.txt", MINUTES);
    // 20,000 cells sharing one string, which is then swollen to a million characters.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for i in 0..20_000u32 {
        sheet
            .write_string(i / 20, (i % 20) as u16, "SHARED")
            .unwrap();
    }
    let plain = book.save_to_buffer().unwrap();
    let mut source = zip::ZipArchive::new(std::io::Cursor::new(plain)).unwrap();
    let mut swollen = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..source.len() {
        let mut entry = source.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut body = String::new();
        entry.read_to_string(&mut body).unwrap();
        if name.ends_with("sharedStrings.xml") {
            body = body.replace("SHARED", &"隐".repeat(1_000_000));
        }
        swollen.start_file(name, deflated).unwrap();
        swollen.write_all(body.as_bytes()).unwrap();
    }
    let bytes = swollen.finish().unwrap().into_inner();
    assert!(bytes.len() < 1_000_000, "{}", bytes.len());
    fs::write(archive.join("隐患登记表 2024.xlsx"), bytes).unwrap();
    let book = audited_document(&archive, "隐患登记表 2024.xlsx", 60);
    assert!(
        book["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "too-large"),
        "{book}"
    );
    assert!(
        children_peak_rss() < 1 << 30,
        "peak {} bytes",
        children_peak_rss()
    );
}

#[test]
fn a_csv_of_millions_of_tiny_rows_is_read_within_bounds() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("档案");
    write(&archive, "会议纪要 2024-03-01.txt", MINUTES);
    // 4 million rows of two cells: 16 MB on disk, twice the cells a table is read for.
    let rows = "1,2\n".repeat(4_000_000);
    fs::write(archive.join("巡查登记 2024.csv"), rows).unwrap();
    let table = audited_document(&archive, "巡查登记 2024.csv", 120);
    assert_eq!(table["diagnostics"][0]["code"], "too-large", "{table}");
    assert!(
        children_peak_rss() < 1 << 30,
        "peak {} bytes",
        children_peak_rss()
    );
}

/// A zip whose central directory lists `names`, every one pointing at the same local entry:
/// `data` stored deflated once.
fn zip_of_overlapping_entries(names: &[String], data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut packed = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    packed.write_all(data).unwrap();
    let packed = packed.finish().unwrap();
    let mut crc = flate2::Crc::new();
    crc.update(data);
    let first = names[0].as_bytes();
    let mut out = Vec::new();
    let fixed = |out: &mut Vec<u8>, name_len: usize| {
        out.extend_from_slice(&20u16.to_le_bytes()); // version needed
        out.extend_from_slice(&0u16.to_le_bytes()); // flags
        out.extend_from_slice(&8u16.to_le_bytes()); // deflate
        out.extend_from_slice(&[0, 0, 0x21, 0]); // time, date
        out.extend_from_slice(&crc.sum().to_le_bytes());
        out.extend_from_slice(&(packed.len() as u32).to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(name_len as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // extra
    };
    out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
    fixed(&mut out, first.len());
    out.extend_from_slice(first);
    out.extend_from_slice(&packed);
    let directory = out.len();
    for name in names {
        out.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        out.extend_from_slice(&20u16.to_le_bytes()); // version made by
        fixed(&mut out, name.len());
        out.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
        out.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        out.extend_from_slice(&0u32.to_le_bytes()); // local header at 0, for all
        out.extend_from_slice(name.as_bytes());
    }
    let size = out.len() - directory;
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(names.len() as u16).to_le_bytes());
    out.extend_from_slice(&(names.len() as u16).to_le_bytes());
    out.extend_from_slice(&(size as u32).to_le_bytes());
    out.extend_from_slice(&(directory as u32).to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[test]
fn a_docx_whose_entries_overlap_one_large_entry_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("档案");
    write(&archive, "会议纪要 2024-03-01.txt", MINUTES);
    // 5,000 names over one 32 MB entry: 160 GB to inflate if each were read.
    let names: Vec<String> = std::iter::once("word/document.xml".to_string())
        .chain((1..5000).map(|i| format!("word/header{i}.xml")))
        .collect();
    // Compressible enough to be small, not so much that the ratio check alone would refuse it.
    let mut seed = 7u32;
    let data: Vec<u8> = (0..32u32 << 20)
        .map(|i| {
            if i % 48 == 0 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (seed >> 24) as u8
            } else {
                b' '
            }
        })
        .collect();
    let docx = zip_of_overlapping_entries(&names, &data);
    assert!(docx.len() < 4 << 20, "{}", docx.len());
    fs::write(archive.join("工作方案 2024-05-01.docx"), docx).unwrap();
    let doc = audited_document(&archive, "工作方案 2024-05-01.docx", 30);
    assert_eq!(doc["diagnostics"][0]["code"], "suspicious-archive", "{doc}");
}

/// Audits `archive` within `seconds`: the run must end in a verdict (pass or below the gate),
/// never a tool error.
fn audited(archive: &Path, seconds: u64) -> serde_json::Value {
    let out = zicha()
        .arg("audit")
        .arg(archive)
        .args(["--format", "json"])
        .timeout(std::time::Duration::from_secs(seconds))
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The JSON record of document `name` in an audit.
fn document_in(audit: &serde_json::Value, name: &str) -> serde_json::Value {
    audit["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["path"] == name)
        .cloned()
        .unwrap()
}

/// Audits `archive` within `seconds` and returns the JSON record of its document `name`.
fn audited_document(archive: &Path, name: &str, seconds: u64) -> serde_json::Value {
    document_in(&audited(archive, seconds), name)
}
