#!/usr/bin/env python3
"""The hostile-archive suite: builds several hundred hostile inputs and runs zicha on each.

    python3 tests/hostile/suite.py target/release/zicha [--only WORD] [--keep DIR] [--list]

Each case is an archive (or a file) built here from nothing, a zicha command and what must come
of it: the exit code, the diagnostic the file gets, a bound on time and on the peak memory of the
zicha process (its own peak RSS, read with wait4), no panic, and the archive's bytes, names and
links exactly as they were (zicha never changes what it did not create). A case that breaks any of
these is printed with what it broke; the suite exits 1 if any did, 2 if it could not run.

The inputs are those an attacker or a careless user would try: zip bombs and broken zips in every
Office container, XML entity tricks, YAML bombs in every YAML zicha reads, link loops, FIFOs and
devices, names that rewrite the terminal or are not UTF-8, PDF decompression and parser bombs,
spreadsheet bombs (.xlsx shared strings, .xls SST, .ods repeated cells), huge texts and CSVs,
image metadata loops, forged and damaged dossiers, and traversal URLs against `zicha serve`.
"""

import argparse
import hashlib
import http.client
import io
import json
import os
import shutil
import signal
import socket
import stat
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import zipfile
import zlib

GIB = 1024 * 1024 * 1024
# The bound the README states for a run at default settings.
RSS_BOUND = 1 * GIB
PANIC_MARKS = ("panicked at", "RUST_BACKTRACE", "memory allocation of", "Aborted")


class Case:
    def __init__(self, name, build, cmd=("audit",), exits=(0, 1), codes=None, seconds=60,
                 stdin=None, check=None, forbid=None, env=None):
        self.name = name
        self.build = build          # build(root) writes the archive into root
        self.cmd = cmd              # arguments; "{A}" is the archive, "{W}" the work folder
        self.exits = exits
        self.codes = codes or {}    # path -> set of acceptable diagnostic codes (one must be given)
        self.seconds = seconds
        self.check = check          # check(stdout, stderr, work) -> error text or None
        self.forbid = forbid        # text that must appear in no output (a secret outside)
        self.env = env or {}        # extra environment, e.g. more worker threads than cores


# --------------------------------------------------------------------------------------------
# Builders of hostile bytes
# --------------------------------------------------------------------------------------------

def write(root, rel, data):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


DOCX_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
              b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
              b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
              b'officedocument.wordprocessingml.document.main+xml"/></Types>')
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(body_xml, extra=None, level=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", level) as z:
        z.writestr("[Content_Types].xml", DOCX_TYPES)
        z.writestr("word/document.xml", body_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return out.getvalue()


def doc_xml(paragraphs_xml, prolog=b""):
    return (b'<?xml version="1.0" encoding="UTF-8"?>' + prolog + b'<w:document ' + W + b'><w:body>'
            + paragraphs_xml + b'</w:body></w:document>')


def para(text):
    return b"<w:p><w:r><w:t>" + text.encode("utf-8") + b"</w:t></w:r></w:p>"


PLAIN_DOCX = docx(doc_xml(para("明月社区促进委员会会议纪要") + para("时间：2024年3月28日")))


P = (b'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     b'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
     b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def slide_xml(body):
    return b'<?xml version="1.0"?><p:sld ' + P + b'><p:cSld><p:spTree><p:sp><p:txBody>' + body \
        + b'</p:txBody></p:sp></p:spTree></p:cSld></p:sld>'


def pptx(slides, listed=None, level=zipfile.ZIP_DEFLATED):
    """A deck: `slides` are the parts' bodies; `listed` the slide numbers presentation.xml shows, in
    order (default: each part once)."""
    listed = listed if listed is not None else range(1, len(slides) + 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", level) as z:
        ids = b"".join(b'<p:sldId id="%d" r:id="rId%d"/>' % (256 + i, n) for i, n in enumerate(listed))
        z.writestr("ppt/presentation.xml", b'<?xml version="1.0"?><p:presentation ' + P
                   + b"><p:sldIdLst>" + ids + b"</p:sldIdLst></p:presentation>")
        rels = b"".join(b'<Relationship Id="rId%d" Target="slides/slide%d.xml"/>' % (n, n)
                        for n in range(1, len(slides) + 1))
        z.writestr("ppt/_rels/presentation.xml.rels", b"<Relationships>" + rels + b"</Relationships>")
        for n, body in enumerate(slides, 1):
            z.writestr(f"ppt/slides/slide{n}.xml", slide_xml(body))
    return out.getvalue()


def pptx_bomb(size):
    """A deck whose one slide inflates to `size` bytes of zeros."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("ppt/presentation.xml", b"<p:presentation " + P + b"/>")
        with z.open("ppt/slides/slide1.xml", "w", force_zip64=True) as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                f.write(chunk)
    return out.getvalue()


def zip_bomb_entry(size):
    """A zip whose one entry inflates to `size` bytes of zeros (deflate, level 9)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", DOCX_TYPES)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                f.write(chunk)
    return out.getvalue()


def zip_many_entries(n):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr("[Content_Types].xml", DOCX_TYPES)
        z.writestr("word/document.xml", doc_xml(para("x")))
        for i in range(n):
            z.writestr(f"customXml/item{i}.xml", b"")
    return out.getvalue()


def zip_overlapping(names, data):
    """Central-directory entries that all point at one local entry (a 'better zip bomb')."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = comp.compress(data) + comp.flush()
    crc = zlib.crc32(data) & 0xFFFFFFFF
    first = names[0].encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(packed), len(data),
                        len(first), 0) + first + packed
    central = b""
    for n in names:
        nb = n.encode()
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc,
                               len(packed), len(data), len(nb), 0, 0, 0, 0, 0, 0) + nb
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(names), len(names), len(central),
                      len(local), 0)
    return local + central + end


def xlsx(sheet_xml, shared=None):
    out = io.BytesIO()
    types = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
    wb = (b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
          b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          b'<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
    rels = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            + (b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
               b'relationships/sharedStrings" Target="sharedStrings.xml"/>' if shared else b"")
            + b'</Relationships>')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", b'<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
                   b'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   b'officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        if shared:
            z.writestr("xl/sharedStrings.xml", shared)
    return out.getvalue()


def sheet(rows_xml):
    return (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData>' + rows_xml + b'</sheetData></worksheet>')


def shared_string_bomb(cells, chars):
    row = b"".join(b'<c r="A%d" t="s"><v>0</v></c>' % (i + 1) for i in range(1))
    rows = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (i + 1, i + 1)
                    for i in range(cells))
    shared = (b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
              b'2006/main" count="1" uniqueCount="1"><si><t>' + "安".encode() * chars
              + b'</t></si></sst>')
    del row
    return xlsx(sheet(rows), shared)


def ods_repeated(rows, cols):
    content = ('<?xml version="1.0"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
               '<office:spreadsheet><table:table table:name="S">'
               f'<table:table-row table:number-rows-repeated="{rows}">'
               f'<table:table-cell table:number-columns-repeated="{cols}" office:value-type="string">'
               '<text:p>隐患排查</text:p></table:table-cell></table:table-row>'
               '</table:table></office:spreadsheet></office:body></office:document-content>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    return out.getvalue()


def cfb(stream_name, data):
    """A compound file (OLE2) holding one stream, as Excel 97-2003 and Word 97-2003 write."""
    sector = 512
    data = data + b"\0" * (-len(data) % sector)
    if len(data) < 4096:
        data += b"\0" * (4096 - len(data))
    n_data = len(data) // sector
    # Sectors: data, then the directory (one sector), then the FAT.
    dir_sector = n_data
    entries_per_fat = sector // 4
    n_fat = 1
    while n_data + 1 + n_fat > n_fat * entries_per_fat:
        n_fat += 1
    fat_start = n_data + 1
    fat = []
    for i in range(n_data):
        fat.append(i + 1 if i + 1 < n_data else 0xFFFFFFFE)
    fat.append(0xFFFFFFFE)                       # the directory
    fat.extend([0xFFFFFFFD] * n_fat)              # the FAT itself
    fat.extend([0xFFFFFFFF] * (n_fat * entries_per_fat - len(fat)))

    def entry(name, typ, start, size, child=0xFFFFFFFF):
        n = name.encode("utf-16-le") + b"\0\0"
        return (n.ljust(64, b"\0") + struct.pack("<HBBIII", len(n), typ, 1, 0xFFFFFFFF,
                                                 0xFFFFFFFF, child)
                + b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16 + struct.pack("<IQ", start, size))

    root = entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1)
    stream = entry(stream_name, 2, 0, len(data))
    directory = (root + stream).ljust(sector, b"\0")
    difat = list(range(fat_start, fat_start + n_fat)) + [0xFFFFFFFF] * (109 - n_fat)
    header = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3,
                                                                           0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, n_fat, dir_sector, 0, 4096, 0xFFFFFFFE,
                                        0, 0xFFFFFFFE, 0)
              + struct.pack("<109I", *difat))
    return header + data + directory + struct.pack(f"<{len(fat)}I", *fat)


def biff(typ, body):
    return struct.pack("<HH", typ, len(body)) + body


def xls_sst_bomb(cells, chars):
    """An .xls whose SST holds one long string and whose cells all point at it."""
    bof = biff(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0))
    # The string, split over CONTINUE records (8,224 bytes a record at most).
    text = b"A" * chars
    head = struct.pack("<IIHB", 1, 1, chars, 0)
    first = head + text[:8224 - len(head)]
    sst = biff(0x00FC, first)
    rest = text[8224 - len(head):]
    while rest:
        part = rest[:8223]
        rest = rest[8223:]
        sst += biff(0x003C, b"\0" + part)
    sheet_pos_placeholder = 0
    boundsheet = lambda pos: biff(0x0085, struct.pack("<IBB", pos, 0, 0) + b"\x01\x00S")
    globals_ = bof + boundsheet(sheet_pos_placeholder) + sst + biff(0x000A, b"")
    pos = len(globals_)
    globals_ = bof + boundsheet(pos) + sst + biff(0x000A, b"")
    sheet_bof = biff(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0, 0, 0, 0))
    dims = biff(0x0200, struct.pack("<IIHHH", 0, cells, 0, 1, 0))
    cells_ = b"".join(biff(0x00FD, struct.pack("<HHHI", r, 0, 15, 0)) for r in range(cells))
    return cfb("Workbook", globals_ + sheet_bof + dims + cells_ + biff(0x000A, b""))


def pdf(objects, root=1, trailer_extra=b""):
    """A PDF from numbered object bodies (bytes), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num, body in objects:
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    size = max(offsets) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[n]) if n in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R " % (size, root) + trailer_extra + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def deflate(unit, times):
    """`unit` repeated `times` times, deflated a megabyte at a time (never held whole)."""
    comp = zlib.compressobj(9)
    per = max(1, (1 << 20) // len(unit))
    out, left = [], times
    while left > 0:
        n = min(per, left)
        out.append(comp.compress(unit * n))
        left -= n
    out.append(comp.flush())
    return b"".join(out)


def stream(data, filters=b"", extra=b""):
    return (b"<< /Length %d " % len(data) + (b"/Filter " + filters + b" " if filters else b"")
            + extra + b">>\nstream\n" + data + b"\nendstream")


def pdf_pages(contents, font=True):
    """Pages, one per content stream object number given."""
    kids = b" ".join(b"%d 0 R" % (100 + i) for i in range(len(contents)))
    objs = [(1, b"<< /Type /Catalog /Pages 2 0 R >>"),
            (2, b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(contents))]
    res = b"<< /Font << /F1 3 0 R >> >>" if font else b"<< >>"
    objs.append((3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"))
    for i, c in enumerate(contents):
        objs.append((100 + i, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                     + res + b" /Contents %d 0 R >>" % c))
    return objs


def text_ops(words):
    return b"BT /F1 12 Tf 72 720 Td (" + words + b") Tj ET"


def lzw_zeros(n):
    """n zero bytes LZW-encoded without walking them: the codes of runs 1, 2, 3 … long."""
    out, bits, nbits, width = bytearray(), 0, 0, 9

    def emit(code):
        nonlocal bits, nbits
        bits = (bits << width) | code
        nbits += width
        while nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
            bits &= (1 << nbits) - 1

    emit(256)
    left = n
    while left > 0:
        # After a clear: "\0" itself, then codes 258, 259 … for runs of 2, 3 … bytes.
        emit(0)
        left -= 1
        next_code, run = 258, 2
        while left >= run and next_code < 4093:
            emit(next_code)
            left -= run
            next_code += 1
            run += 1
            if next_code + 1 >= (1 << width) and width < 12:
                width += 1
        if left > 0:
            emit(256)
            width = 9
    emit(257)
    if nbits:
        out.append((bits << (8 - nbits)) & 0xFF)
    return bytes(out)


def jpeg_with_exif(tiff):
    app1 = b"Exif\0\0" + tiff
    return (b"\xFF\xD8" + b"\xFF\xE1" + struct.pack(">H", len(app1) + 2) + app1
            + b"\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00" + b"\x00" * 16 + b"\xFF\xD9")


def tiff_ifd_loop():
    # II*, IFD at 8 with one entry, next IFD pointing back at itself.
    return b"II*\0" + struct.pack("<I", 8) + struct.pack("<H", 1) + struct.pack(
        "<HHII", 0x0132, 2, 20, 26) + struct.pack("<I", 8) + b"2024:03:28 10:00:00\0"


def tiff_many_entries(n):
    entries = b"".join(struct.pack("<HHII", 0x9000 + (i % 100), 7, 4, 0) for i in range(n))
    return b"II*\0" + struct.pack("<I", 8) + struct.pack("<H", n & 0xFFFF) + entries + b"\0" * 4


def png_header(width, height):
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(
        ">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------

def one_file(rel, data):
    """A case of one file; `data` is its bytes, or a function making them when the case runs."""
    return lambda root: write(root, rel, data() if callable(data) else data)


def files(mapping):
    def build(root):
        for rel, data in mapping.items():
            write(root, rel, data)
    return build


def office_cases():
    out = []
    damaged = {"damaged-file", "suspicious-archive"}
    for mb in (300, 1100):
        out.append(Case(f"docx inflating to {mb} MB", one_file("纪要.docx", lambda mb=mb: zip_bomb_entry(mb << 20)),
                        codes={"纪要.docx": {"suspicious-archive", "too-large"}}))
    out.append(Case("docx of 20,000 entries", one_file("纪要.docx", lambda: zip_many_entries(20_000)),
                    codes={"纪要.docx": {"suspicious-archive"}}))
    for n in (1_000, 10_000):
        names = ["word/document.xml"] + [f"word/media/x{i}.xml" for i in range(n)]
        out.append(Case(f"docx of {n} entries over one 64 MB stream",
                        one_file("纪要.docx", lambda names=names: zip_overlapping(names, b"\0" * (64 << 20))),
                        codes={"纪要.docx": {"suspicious-archive"}}))
    # Truncated and bit-flipped containers of every Office kind zicha reads.
    sources = {
        "纪要.docx": PLAIN_DOCX,
        "台账.xlsx": xlsx(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c></row>'.encode())),
        "台账.ods": ods_repeated(3, 3),
    }
    for name, data in sources.items():
        for cut in (1, 4, 30, len(data) // 3, len(data) // 2, len(data) - 22, len(data) - 1):
            # Its first bytes alone ("P", "PK\\3\\4") are too few to say what the file was.
            out.append(Case(f"{name} cut at {cut} of {len(data)} bytes",
                            one_file(name, data[:cut]), codes={name: damaged} if cut > 4 else {}))
        for at in range(0, len(data), max(1, len(data) // 12)):
            flipped = bytearray(data)
            flipped[at] ^= 0xFF
            out.append(Case(f"{name} with byte {at} flipped", one_file(name, bytes(flipped))))
    # XML tricks inside a .docx.
    secret = os.path.join(tempfile.gettempdir(), "zicha-hostile-secret.txt")
    with open(secret, "w") as f:
        f.write("ZICHA-SECRET-OUTSIDE-THE-ARCHIVE")
    xxe = b'<!DOCTYPE w:document [<!ENTITY e SYSTEM "file://' + secret.encode() + b'">]>'
    out.append(Case("docx with an external entity (XXE)",
                    one_file("纪要.docx", docx(doc_xml(b"<w:p><w:r><w:t>&e;</w:t></w:r></w:p>", xxe))),
                    cmd=("search", "{A}", "ZICHA-SECRET-OUTSIDE-THE-ARCHIVE"), exits=(0, 1),
                    forbid="ZICHA-SECRET-OUTSIDE-THE-ARCHIVE-"))
    laughs = b'<!DOCTYPE w:document [<!ENTITY a "' + b"x" * 10 + b'">' + b"".join(
        b'<!ENTITY %c "' % (98 + i) + (b"&%c;" % (97 + i)) * 10 + b'">' for i in range(9)) + b"]>"
    out.append(Case("docx with a billion laughs",
                    one_file("纪要.docx", docx(doc_xml(b"<w:p><w:r><w:t>&j;</w:t></w:r></w:p>", laughs)))))
    out.append(Case("docx nested a million deep",
                    one_file("纪要.docx", lambda: docx(doc_xml(b"<w:p>" * 1_000_000 + b"</w:p>" * 1_000_000)))))
    out.append(Case("docx with a 60 MB attribute",
                    one_file("纪要.docx", lambda: docx(doc_xml(b'<w:p w:x="' + b"a" * (60 << 20) + b'"/>')))))
    # Slide decks: the same container bounds, a cap on slides, streamed XML.
    line = b"<a:p><a:r><a:t>\xe7\x87\x83\xe6\xb0\x94\xe5\xae\x89\xe5\x85\xa8</a:t></a:r></a:p>"
    out.append(Case("pptx of ordinary size (control)", one_file("课件.pptx", pptx([line, line])), codes={}))
    out.append(Case("pptx whose slide inflates to 1100 MB", one_file("课件.pptx", lambda: pptx_bomb(1100 << 20)),
                    codes={"课件.pptx": {"suspicious-archive", "too-large"}}))
    out.append(Case("pptx of 9,000 slides", one_file("课件.pptx", lambda: pptx([line] * 9_000, level=zipfile.ZIP_STORED)),
                    codes={"课件.pptx": {"too-large"}}))
    out.append(Case("pptx listing one slide 200,000 times",
                    one_file("课件.pptx", lambda: pptx([line * 2_000], listed=[1] * 200_000)), codes={}))
    out.append(Case("pptx nested a million deep",
                    one_file("课件.pptx", lambda: pptx([b"<a:p>" * 1_000_000 + b"</a:p>" * 1_000_000]))))
    out.append(Case("docx of a million paragraphs",
                    one_file("纪要.docx", lambda: docx(doc_xml(para("会议") * 1_000_000)))))
    for name in ("../../escape.xml", "/etc/passwd", "word/../../../x.xml", "C:\\Windows\\x.xml"):
        out.append(Case(f"docx with an entry named {name}",
                        one_file("纪要.docx", docx(doc_xml(para("纪要")), {name: b"x"}))))
    # Spreadsheet bombs.
    out.append(Case("xlsx whose 20,000 cells point at one 1M-character string",
                    one_file("台账.xlsx", lambda: shared_string_bomb(20_000, 1_000_000)),
                    codes={"台账.xlsx": {"suspicious-archive", "too-large"}}))
    out.append(Case("xlsx with a cell at XFD1048576",
                    one_file("台账.xlsx", xlsx(sheet(b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
                                                    b'<row r="1"><c r="A1"><v>1</v></c></row>')))))
    out.append(Case("xlsx of a million tiny rows",
                    one_file("台账.xlsx", xlsx(sheet(b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>'
                                                            % (i, i) for i in range(1, 1_000_001)))))))
    out.append(Case("ods whose one cell repeats over 1,048,576 x 16,384",
                    one_file("台账.ods", lambda: ods_repeated(1_048_576, 16_384)),
                    codes={"台账.ods": {"suspicious-archive", "too-large", "damaged-file"}}))
    out.append(Case("xls whose 60,000 cells point at one 65,535-character string",
                    one_file("台账.xls", lambda: xls_sst_bomb(60_000, 65_535)),
                    codes={"台账.xls": {"suspicious-archive", "too-large"}}))
    out.append(Case("xls of ordinary size (control)", one_file("台账.xls", xls_sst_bomb(50, 20)),
                    codes={}))
    good_xls = xls_sst_bomb(50, 20)
    for cut in (8, 512, 1024, len(good_xls) - 100):
        out.append(Case(f"xls cut at {cut}", one_file("台账.xls", good_xls[:cut])))
    looped = bytearray(good_xls)
    # Point the first data sector's FAT entry at itself: a chain that never ends.
    fat_at = 512 + (len(good_xls) - 512) // 512 * 512 - 512
    looped[fat_at:fat_at + 4] = struct.pack("<I", 0)
    out.append(Case("xls whose sector chain loops", one_file("台账.xls", bytes(looped))))
    out.append(Case("doc that is a compound file of garbage", one_file("旧.doc", cfb("WordDocument", os.urandom(9000)))))
    return out


def pdf_cases():
    out = []
    suspicious = {"suspicious-archive", "damaged-file", "too-large", "no-text-layer"}
    ok = pdf(pdf_pages([10]) + [(10, stream(text_ops(b"Meeting 2024-03-28")))])
    out.append(Case("pdf of ordinary text (control)", one_file("纪要.pdf", ok)))
    out.append(Case("pdf whose stream repeats q 40 million times",
                    one_file("纪要.pdf", lambda: pdf(pdf_pages([10]) + [(10, stream(deflate(b"q ", 40 << 20), b"/FlateDecode"))])),
                    codes={"纪要.pdf": suspicious}))
    out.append(Case("pdf of 2,000 pages drawing one 250 MB stream",
                    one_file("纪要.pdf", lambda: pdf(pdf_pages([10] * 2000) + [(10, stream(deflate(b"BT /F1 1 Tf (a) Tj ET\n", (250 << 20) // 22), b"/FlateDecode"))]))))
    out.append(Case("pdf whose page inflates to 1 GB",
                    one_file("纪要.pdf", lambda: pdf(pdf_pages([10]) + [(10, stream(deflate(b"\0" * 4096, 1 << 18), b"/FlateDecode"))])),
                    codes={"纪要.pdf": suspicious}))
    out.append(Case("pdf whose LZW page inflates to 64 MB from its stored size",
                    one_file("纪要.pdf", lambda: pdf(pdf_pages([10]) + [(10, stream(lzw_zeros(64 << 20), b"/LZWDecode"))]))))
    out.append(Case("pdf whose RunLength page inflates 64 times",
                    one_file("纪要.pdf", lambda: pdf(pdf_pages([10]) + [(10, stream(deflate(b"\x81\x00", 8 << 20) , b"[/FlateDecode /RunLengthDecode]"))]))))
    out.append(Case("pdf whose page tree loops",
                    one_file("纪要.pdf", pdf([(1, b"<< /Type /Catalog /Pages 2 0 R >>"),
                                              (2, b"<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>"),
                                              (4, b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>")]))))
    out.append(Case("pdf claiming a billion pages",
                    one_file("纪要.pdf", pdf([(1, b"<< /Type /Catalog /Pages 2 0 R >>"),
                                              (2, b"<< /Type /Pages /Kids [] /Count 1000000000 >>")]))))
    out.append(Case("pdf of 20,000 empty pages",
                    one_file("纪要.pdf", pdf(pdf_pages([10] * 20_000) + [(10, stream(b""))]))))
    looped_xref = ok.replace(b"trailer\n<< ", b"trailer\n<< /Prev %d " % ok.rindex(b"xref"))
    out.append(Case("pdf whose xref /Prev points at itself", one_file("纪要.pdf", looped_xref)))
    out.append(Case("pdf with /Length of 2^62",
                    one_file("纪要.pdf", ok.replace(b"/Length %d" % len(text_ops(b"Meeting 2024-03-28")),
                                                    b"/Length 4611686018427387904"))))
    out.append(Case("pdf nested a million arrays deep",
                    one_file("纪要.pdf", pdf([(1, b"<< /Type /Catalog /Pages 2 0 R /X " + b"[" * 1_000_000
                                               + b"]" * 1_000_000 + b" >>"),
                                              (2, b"<< /Type /Pages /Kids [] /Count 0 >>")]))))
    out.append(Case("pdf with an object stream holding itself",
                    one_file("纪要.pdf", pdf([(1, b"<< /Type /Catalog /Pages 2 0 R >>"),
                                              (2, b"<< /Type /Pages /Kids [] /Count 0 >>"),
                                              (5, stream(b"5 0 ", extra=b"/Type /ObjStm /N 1 /First 4 /Extends 5 0 R"))]))))
    out.append(Case("pdf with a 100,000-operator text of nested BT",
                    one_file("纪要.pdf", pdf(pdf_pages([10]) + [(10, stream(b"BT " * 100_000 + b"(x) Tj" + b" ET" * 100_000))]))))
    for cut in (5, 20, len(ok) // 2, len(ok) - 10):
        out.append(Case(f"pdf cut at {cut}", one_file("纪要.pdf", ok[:cut])))
    out.append(Case("pdf that is only a header", one_file("纪要.pdf", b"%PDF-1.7\n")))
    out.append(Case("pdf encrypted with an unknown handler",
                    one_file("纪要.pdf", pdf(pdf_pages([10]) + [(10, stream(b"x")), (20, b"<< /Filter /Nonsense /V 9 >>")],
                                            trailer_extra=b"/Encrypt 20 0 R /ID [<00> <00>] "))))
    return out


def text_cases():
    out = []
    out.append(Case("txt of one 20 MB line", one_file("说明.txt", lambda: "安全社区" * ((20 << 20) // 12))))
    out.append(Case("txt of 20 MB of NUL bytes", one_file("说明.txt", lambda: b"\0" * (20 << 20))))
    out.append(Case("txt of 20 MB of random bytes", one_file("说明.txt", lambda: os.urandom(20 << 20))))
    out.append(Case("txt in UTF-16 without a byte-order mark", one_file("说明.txt", "促进委员会会议纪要2024年".encode("utf-16-le"))))
    out.append(Case("txt of invalid GBK", one_file("说明.txt", b"\x81\x30" * 1000 + b"\xff\xfe\xfd")))
    out.append(Case("csv of 4 million tiny rows", one_file("台账.csv", lambda: b"1\n" * 4_000_000)))
    out.append(Case("index of a csv of 4 million tiny rows", one_file("台账.csv", lambda: b"1\n" * 4_000_000),
                    cmd=("index",)))
    out.append(Case("index of a txt of one 48 MB line", one_file("说明.txt", lambda: "安全社区" * (4 << 20)),
                    cmd=("index",)))
    out.append(Case("csv of one row of a million columns", one_file("台账.csv", lambda: b"a," * 1_000_000 + b"\n")))
    out.append(Case("csv with an unclosed quote over 30 MB", one_file("台账.csv", lambda: b'"' + b"a" * (30 << 20))))
    out.append(Case("html nested a million deep", one_file("页.html", lambda: b"<div>" * 1_000_000)))
    out.append(Case("html of a 20 MB script", one_file("页.html", lambda: b"<script>" + b"x" * (20 << 20) + b"</script>")))
    out.append(Case("markdown whose front matter is a YAML bomb",
                    one_file("纪要.md", "---\n" + yaml_bomb() + "---\n正文\n"),
                    codes={"纪要.md": {"invalid-metadata"}}))
    out.append(Case("markdown nested a hundred thousand lists deep", one_file("纪要.md", "".join(" " * i + "- x\n" for i in range(0, 20000, 2)))))
    out.append(Case("markdown of a million links", one_file("纪要.md", lambda: "[a](b) " * 1_000_000)))
    for cmd in (("audit",), ("index",)):
        out.append(Case(f"{cmd[0]} of an archive holding every heavy input at once", kitchen_sink,
                        cmd=cmd, seconds=120))
    for cmd in (("audit",), ("index",)):
        out.append(Case(f"{cmd[0]} of sixteen heavy workbooks on sixteen threads", many_heavy,
                        cmd=cmd, seconds=240, env={"RAYON_NUM_THREADS": "16"}))
    out.append(Case("compilation whose 目录 lists 500 records none of which is in it",
                    one_file("资料汇编.txt", lambda: "资料汇编\n目录\n" + "".join(
                        f"{i:03d}  第{i}份不存在的记录标题内容 …… 2024年3月{i % 28 + 1}日\n" for i in range(500))
                        + "\n" + "".join(f"第{i}行正文\n" for i in range(180_000))), seconds=5))
    out.append(Case("sparse 2 GB file", lambda root: sparse(root, "大.txt", 2 * GIB),
                    codes={"大.txt": {"too-large"}}))
    out.append(Case("jpg whose EXIF IFD loops", one_file("照片.jpg", jpeg_with_exif(tiff_ifd_loop()))))
    out.append(Case("jpg whose EXIF claims 5,000 entries", one_file("照片.jpg", jpeg_with_exif(tiff_many_entries(5_000)))))
    out.append(Case("jpg of only a marker", one_file("照片.jpg", b"\xFF\xD8")))
    out.append(Case("png claiming 100,000 x 100,000 pixels", one_file("照片.png", png_header(100_000, 100_000))))
    out.append(Case("lnk of garbage", one_file("快捷方式.lnk", os.urandom(300))))
    return out


def kitchen_sink(root):
    """Every heavy input at once, in one archive: the bound holds for a run, not only a file."""
    write(root, "纪要.docx", zip_bomb_entry(300 << 20))
    write(root, "台账.xlsx", shared_string_bomb(20_000, 1_000_000))
    write(root, "台账2.xls", xls_sst_bomb(60_000, 65_535))
    write(root, "台账3.ods", ods_repeated(1_048_576, 16_384))
    write(root, "台账4.csv", b"1\n" * 4_000_000)
    write(root, "说明.txt", "安全社区" * (4 << 20))
    write(root, "纪要.pdf", pdf(pdf_pages([10] * 2000)
                                + [(10, stream(deflate(b"BT /F1 1 Tf (a) Tj ET\n", (250 << 20) // 22), b"/FlateDecode"))]))
    write(root, "纪要2.pdf", pdf(pdf_pages([10]) + [(10, stream(deflate(b"q ", 40 << 20), b"/FlateDecode"))]))
    write(root, "页.html", b"<div>" * 1_000_000)
    write(root, "纪要3.docx", docx(doc_xml(para("会议") * 1_000_000)))


def many_heavy(root):
    """As many heavy documents as a 16-core machine reads at once: the bound must not grow with
    the number of cores (the case runs 16 worker threads whatever this machine has)."""
    for i in range(6):
        write(root, f"台账{i}.xlsx", shared_string_bomb(20_000, 1_000_000 - i))
    for i in range(5):
        write(root, f"明细{i}.xlsx", xlsx(sheet(b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>'
                                                      % (r, r, i) for r in range(1, 1_000_001)))))
    for i in range(5):
        write(root, f"登记{i}.csv", b"%d\n" % i * 4_000_000)


def sparse(root, rel, size):
    path = write(root, rel, b"")
    with open(path, "r+b") as f:
        f.truncate(size)


def yaml_bomb():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(96 + i), chr(97 + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def yaml_cases():
    out = []
    bombs = {
        "billion laughs": yaml_bomb(),
        "nested 100,000 deep": "a: " + "[" * 100_000 + "]" * 100_000 + "\n",
        "a 40 MB string": "name: \"" + "x" * (40 << 20) + "\"\n",
        "a million keys": "".join(f"k{i}: {i}\n" for i in range(1_000_000)),
        "tags and binary": "!!binary " + "A" * 1000 + "\n",
        "an alias cycle": "a: &a\n  b: *a\n",
        "a period of NaN": "period: {start: .nan, end: .inf}\n",
        "a period in the year 99999": "period: {start: 99999-01-01, end: 99999-12-31}\n",
    }
    for what, text in bombs.items():
        out.append(Case(f"zicha.yaml with {what}", one_file("zicha.yaml", text), exits=(2,),
                        check=needs_error_text))
        out.append(Case(f"sidecar with {what}",
                        files({"纪要.txt": "促进委员会会议纪要\n2024年3月28日\n", "纪要.txt.meta.yaml": text}),
                        codes={"纪要.txt": {"invalid-metadata"}} if what not in ("an alias cycle",) else {}))
    for what, text in bombs.items():
        out.append(Case(f"standard lint of a standard with {what}",
                        lambda root, text=text: write(root, "std.yaml", text),
                        cmd=("standard", "lint", "{A}/std.yaml"), exits=(1, 2), check=needs_error_text))
    out.append(Case("zicha.yaml linked out of the archive",
                    lambda root: os.symlink("/etc/hostname", os.path.join(root, "zicha.yaml")),
                    exits=(0, 1, 2)))
    return out


def needs_error_text(stdout, stderr, work):
    if not (stderr.strip() or stdout.strip()):
        return "no message said what is wrong"
    return None


def fs_cases():
    out = []

    def loops(root):
        write(root, "a/纪要.txt", "会议纪要\n2024年3月28日\n")
        os.symlink("../b", os.path.join(root, "a", "to-b"))
        os.makedirs(os.path.join(root, "b"))
        os.symlink("../a", os.path.join(root, "b", "to-a"))
        os.symlink("self", os.path.join(root, "self"))
        os.symlink(".", os.path.join(root, "here"))
        os.symlink("/", os.path.join(root, "root"))
        os.symlink("/etc/passwd", os.path.join(root, "passwd.txt"))
        os.symlink("/dev/zero", os.path.join(root, "zero.txt"))
        os.symlink("/dev/urandom", os.path.join(root, "random.docx"))
        os.symlink("missing/nowhere.txt", os.path.join(root, "dangling.txt"))
    out.append(Case("link loops, links out of the archive, to devices and nowhere", loops,
                    forbid="root:x:0:0"))
    for cmd in (("audit",), ("index",)):
        out.append(Case(f"{cmd[0]} of an archive holding a FIFO",
                        lambda root: (write(root, "纪要.txt", "会议纪要\n"), os.mkfifo(os.path.join(root, "管道.txt"))),
                        cmd=cmd, seconds=30))
    names = {
        "carriage return": "a\r✓ 核验通过.txt",
        "newline": "第一行\n第二行.txt",
        "escape sequence": "\x1b[2J\x1b[31m红.txt",
        "right-to-left override": "\u202etxt.exe",
        "a 250-byte name": "安" * 83 + ".t",
        "leading dash": "--help.txt",
        "backslashes": "a\\b\\c.txt",
        "only spaces": "   ",
        "a zero-width joiner": "会\u200d议.txt",
    }
    for what, name in names.items():
        out.append(Case(f"a file whose name has {what}", one_file(name, "会议纪要\n2024年3月28日\n"),
                        check=no_raw_controls))
    for raw in (b"\xbb\xe1\xd2\xe9.txt", b"\xff\xfe.txt", b"a\x80b.txt"):
        out.append(Case(f"a file whose name is bytes {raw!r}", lambda root, raw=raw: raw_name(root, raw),
                        check=no_raw_controls))

    def deep(root):
        path = root
        for i in range(120):
            path = os.path.join(path, "层" * 10)
        os.makedirs(path, exist_ok=True)
        write(path, "纪要.txt", "会议纪要\n")
    out.append(Case("folders 120 deep (a path of 3,600 bytes)", deep))

    def many(root):
        for i in range(20_000):
            write(root, f"d{i % 50}/{i}.txt", b"")
    out.append(Case("20,000 empty files", many, seconds=120))
    if os.geteuid() != 0:
        def unreadable(root):
            write(root, "锁/纪要.txt", "x")
            os.chmod(os.path.join(root, "锁"), 0)
        out.append(Case("a folder that cannot be listed", unreadable))
    return out


def raw_name(root, raw):
    with open(os.path.join(os.fsencode(root), raw), "wb") as f:
        f.write("会议纪要\n2024年3月28日\n".encode())


def no_raw_controls(stdout, stderr, work):
    for ch in ("\r", "\x1b", "\u202e"):
        if ch in stderr:
            return f"raw {ch!r} written to stderr"
    return None


def command_cases():
    out = []
    sample = lambda root: write(root, "纪要.txt", "促进委员会会议纪要\n2024年3月28日\n")
    for cmd in (("verify", "/dev/zero"), ("diff", "/dev/zero", "/dev/zero"),
                ("standard", "lint", "/dev/zero"), ("verify", "/dev/urandom"),
                ("diff", "{A}/纪要.txt", "{A}/纪要.txt"), ("verify", "{A}/纪要.txt"),
                ("verify", "{A}/missing.pdf"), ("audit", "{A}/missing"),
                ("search", "--index", "{A}/missing", "会议"), ("audit", "{A}", "--fail-under", "nan"),
                ("audit", "{A}", "--fail-under", "1e309"), ("audit", "{A}", "--fail-under", "-1"),
                ("search", "{A}", "--limit", "4294967296", "会议"),
                ("search", "{A}", "--limit", "18446744073709551615", "会议"),
                ("search", "{A}", "--year", "99999999999", "会议"),
                ("search", "{A}", "--from", "0000-00-00", "会议"),
                ("district", "/dev/zero"), ("explain", "\x1b[2J"),
                ("export", "bagit", "{A}", "-o", "{A}/bag")):
        out.append(Case("zicha " + " ".join(c.replace("{A}", "ARCHIVE") for c in cmd), sample, cmd=cmd,
                        exits=(0, 1, 2), seconds=60, check=bounded_error))
    deep_json = "[" * 1_000_000 + "]" * 1_000_000
    out.append(Case("diff of JSON nested a million deep",
                    lambda root: (write(root, "a.json", deep_json), write(root, "b.json", deep_json)),
                    cmd=("diff", "{A}/a.json", "{A}/b.json"), exits=(2,)))
    out.append(Case("district of a folder of junk, twins and links",
                    lambda root: (write(root, "d/a.pdf", b"%PDF-1.7\n" + os.urandom(5000)),
                                  write(root, "d/b.pdf", b"%PDF-1.7\n" + os.urandom(5000)),
                                  shutil.copy(os.path.join(root, "d/a.pdf"), os.path.join(root, "d/c.pdf")),
                                  os.symlink("a.pdf", os.path.join(root, "d/link.pdf"))),
                    cmd=("district", "{A}/d", "-o", "{W}/district.csv"), exits=(0, 1, 2)))
    return out


def bounded_error(stdout, stderr, work):
    if len(stdout) + len(stderr) > 1 << 20:
        return "more than 1 MB of output"
    return None


# --------------------------------------------------------------------------------------------
# Forged and damaged dossiers
# --------------------------------------------------------------------------------------------

def dossier_cases(zicha, base):
    """Signs a small archive's dossier once, then tampers with copies of it in every way."""
    keys = os.path.join(base, "keys")
    arch = os.path.join(base, "signed-archive")
    os.makedirs(keys)
    write(arch, "纪要.txt", "促进委员会会议纪要\n2024年3月28日\n")
    write(arch, "方案.txt", "安全社区创建工作实施方案\n2024年1月5日\n")
    run([zicha, "keygen", "--out", keys, "--name", "明月社区"])
    key = cert = None
    for f in sorted(os.listdir(keys)):
        if f.endswith(".pem") and "key" in f:
            key = os.path.join(keys, f)
        if "cert" in f or f.endswith(".crt"):
            cert = os.path.join(keys, f)
    dossier = os.path.join(base, "dossier.pdf")
    run([zicha, "dossier", arch, "-o", dossier, "--key", key, "--cert", cert, "--date", "2025-06-30"])
    signed = open(dossier, "rb").read()
    out = []

    def verify_case(name, data, exits=(1, 2), change=None):
        def build(root):
            write(root, "dossier.pdf", data)
            shutil.copytree(arch, os.path.join(root, "archive"), symlinks=True)
            if change:
                change(os.path.join(root, "archive"))
        out.append(Case(name, build, cmd=("verify", "{A}/dossier.pdf", "--archive", "{A}/archive",
                                          "--cert", cert), exits=exits))

    verify_case("the signed dossier as signed (control)", signed, exits=(0,))
    out.append(Case("district -o onto one of the dossiers it reads",
                    lambda root: write(root, "d/明月社区.pdf", signed),
                    cmd=("district", "{A}/d", "-o", "{A}/d/明月社区.pdf"), exits=(0, 1, 2)))
    other_keys = os.path.join(base, "other-keys")
    os.makedirs(other_keys)
    run([zicha, "keygen", "--out", other_keys, "--name", "别的社区"])
    other_cert = os.path.join(other_keys, "signing-cert.pem")
    out.append(Case("dossier verified against another community's certificate",
                    lambda root: (write(root, "dossier.pdf", signed),
                                  shutil.copytree(arch, os.path.join(root, "archive"), symlinks=True)),
                    cmd=("verify", "{A}/dossier.pdf", "--archive", "{A}/archive", "--cert", other_cert),
                    exits=(1, 2)))
    resigned = os.path.join(base, "resigned.pdf")
    run([zicha, "dossier", arch, "-o", resigned, "--key", os.path.join(other_keys, "signing-key.pem"),
         "--cert", other_cert, "--date", "2025-06-30"])
    verify_case("dossier re-signed with another key", open(resigned, "rb").read())
    at = signed.index(b"/ByteRange")
    verify_case("dossier whose signature dictionary is cut out", signed[:at - 200] + signed[at + 200:])
    start = signed.index(b"/ByteRange")
    contents = signed.index(b"/Contents", start - 400) if b"/Contents" in signed[start - 400:start + 400] else start
    for frac in (0.1, 0.3, 0.5, 0.7, 0.9):
        at = int(len(signed) * frac)
        if abs(at - contents) < 20000:
            at = max(0, contents - 30000)
        flipped = bytearray(signed)
        flipped[at] ^= 0x01
        verify_case(f"dossier with a bit flipped at {int(frac * 100)} %", bytes(flipped))
    verify_case("dossier with bytes appended after %%EOF", signed + b"\n% appended\n")
    verify_case("dossier with an incremental update appended",
                signed + b"\n99 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 99 0 R >>\n%%EOF\n")
    verify_case("dossier cut in half", signed[: len(signed) // 2])
    verify_case("dossier without its /ByteRange", signed.replace(b"/ByteRange", b"/ByteRangX"))
    hexstart = signed.index(b"<", signed.index(b"/Contents", start - 2000 if start > 2000 else 0) + 9)
    verify_case("dossier whose /Contents is not hex",
                signed[:hexstart + 1] + b"zz" + signed[hexstart + 3:])
    verify_case("dossier whose /Contents is all zeros",
                signed[:hexstart + 1] + b"0" * 200 + signed[hexstart + 201:])
    br = signed[start:signed.index(b"]", start) + 1]
    nums = br[br.index(b"[") + 1:-1].split()
    for what, repl in (("overlapping", b"[0 %s 0 %s]" % (nums[3], nums[3])),
                       ("past the end", b"[0 %s %s 99999999]" % (nums[1], nums[2])),
                       ("negative", b"[0 -5 %s %s]" % (nums[2], nums[3]))):
        verify_case(f"dossier whose /ByteRange is {what}",
                    signed.replace(br, repl.ljust(len(br), b" ")[:len(br)] if len(repl) <= len(br) else br))
    verify_case("archive with a file changed after signing", signed,
                change=lambda a: write(a, "纪要.txt", "促进委员会会议纪要（改）\n2024年3月28日\n"))
    verify_case("archive with a file removed after signing", signed,
                change=lambda a: os.remove(os.path.join(a, "方案.txt")))
    verify_case("archive with a file added after signing", signed,
                change=lambda a: write(a, "新增.txt", "伪造\n"))
    verify_case("archive with a file renamed after signing", signed,
                change=lambda a: os.rename(os.path.join(a, "方案.txt"), os.path.join(a, "方案2.txt")))
    verify_case("archive with a file replaced by a link to its copy", signed,
                change=lambda a: (shutil.copy(os.path.join(a, "纪要.txt"), os.path.join(a, "..", "copy.txt")),
                                  os.remove(os.path.join(a, "纪要.txt")),
                                  os.symlink("../copy.txt", os.path.join(a, "纪要.txt"))))
    return out


def run(args):
    r = subprocess.run(args, capture_output=True, timeout=120)
    if r.returncode != 0:
        raise SystemExit(f"setup failed: {' '.join(args)}\n{r.stderr.decode(errors='replace')}")
    return r


# --------------------------------------------------------------------------------------------
# zicha serve against hostile requests
# --------------------------------------------------------------------------------------------

TRAVERSALS = [
    "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
    "/doc?path=../../../../etc/passwd", "/doc?path=%2Fetc%2Fpasswd", "/doc?path=/etc/passwd",
    "/doc?path=..%5c..%5c..%5cetc%5cpasswd", "/doc?path=%00", "/doc?path=%c0%ae%c0%ae/etc/passwd",
    "/doc?path=" + "a" * 100_000, "/?q=" + "%e5%ae%89" * 20_000, "/?q=%00%ff%fe",
    "/?q=<script>alert(1)</script>", "/doc?path=<script>alert(1)</script>", "/elements?x=../../",
    "//etc/passwd", "/doc?path=.zicha/state.json", "/doc?path=../secret.txt", "/?q=*&limit=99999999999",
    "/?q=会议&page=-1", "/?q=会议&page=18446744073709551616", "/doc?path=纪要.txt&x=" + "%" * 1000,
]


def traversal_urls():
    """The listed URLs, then every way of spelling a climb out of the archive to a file outside."""
    urls = list(TRAVERSALS)
    ups = ["../", "..%2f", "%2e%2e/", "%2e%2e%2f", "..%5c", "%2e%2e%5c", "..\\", "....//",
           "%252e%252e%252f", "..%c0%af", "..;/", ".%2e/"]
    targets = ["etc/passwd", "etc%2fpasswd", "proc/self/environ", "root/.bash_history"]
    for up in ups:
        for target in targets:
            climb = up * 8 + target
            urls.append("/doc?path=" + climb)
            urls.append("/" + climb)
            urls.append("/?q=x&path=" + climb)
    return urls


def serve_cases(zicha, base):
    out = []

    def build(root):
        write(root, "纪要.txt", "促进委员会会议纪要\n2024年3月28日\n")
        write(root, "长.txt", "安全社区" * (4 << 20))

    def check(stdout, stderr, work):
        return None
    for url in traversal_urls():
        out.append(Case(f"serve GET {url[:70]}", build, cmd=("serve-get", url), exits=(0,), check=check,
                        forbid="root:x:0:0"))
    return out


class Server:
    """One `zicha serve` for every hostile request: started on the first, asked after each whether
    it still answers, stopped at the end."""

    def __init__(self, zicha, archive, state):
        self.port = free_port()
        self.proc = subprocess.Popen([zicha, "serve", "--archive", archive, "--port", str(self.port),
                                      "--state", state], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        deadline = time.time() + 120
        while time.time() < deadline and not self.alive():
            time.sleep(0.2)

    def alive(self):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=10) as r:
                return r.read() == b"ok"
        except Exception:
            return False

    def peak(self):
        # Its own high-water mark (wait4 would count the memory of this process, which forked it).
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        return 0

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=30)


SERVER = None


def serve_get(url):
    # Sent as written, bytes and all (non-ASCII characters percent-encoded as a browser does).
    target = "".join(c if ord(c) < 128 else urllib.parse.quote(c) for c in url)
    conn = http.client.HTTPConnection("127.0.0.1", SERVER.port, timeout=30)
    try:
        conn.putrequest("GET", target, skip_accept_encoding=True)
        conn.endheaders()
        r = conn.getresponse()
        status, body = r.status, r.read(4 << 20)
    except Exception as e:  # a refused or cut request is a failure of the server
        status, body = -1, str(e).encode()
    finally:
        conn.close()
    err = None
    if not SERVER.alive():
        err = "server stopped answering"
    elif status == -1 or status >= 500:
        err = f"answered {status}"
    elif b"<script>alert(1)</script>" in body:
        err = "echoed markup unescaped"
    return err, body, SERVER.peak()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------------

def tree(root):
    """Every name under root with its type, size, hash or link target: what must not change."""
    seen = {}
    for dirpath, dirnames, filenames in os.walk(os.fsencode(root), followlinks=False):
        rel_dir = os.path.relpath(dirpath, os.fsencode(root))
        if rel_dir.split(os.sep.encode())[0] == b".zicha":
            dirnames[:] = []
            continue
        if rel_dir == b".":
            dirnames[:] = [d for d in dirnames if d != b".zicha"]
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            rel = os.path.join(rel_dir, name)
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                seen[rel] = ("link", os.readlink(path))
            elif stat.S_ISREG(st.st_mode):
                if st.st_size > 256 << 20:
                    seen[rel] = ("big", st.st_size, st.st_mtime_ns)
                else:
                    with open(path, "rb") as f:
                        seen[rel] = ("file", hashlib.sha256(f.read()).hexdigest())
            elif stat.S_ISDIR(st.st_mode):
                seen[rel] = ("dir",)
            else:
                seen[rel] = ("other", stat.S_IFMT(st.st_mode))
    return seen


# The peak RSS a child reports (wait4) counts the memory of the process that forked it, so zicha
# is started by a small spawner that was forked before this process built any large input.
SPAWNER = r"""
import json, os, sys, time, signal
for line in sys.stdin:
    job = json.loads(line)
    t0 = time.time()
    with open(job["out"], "wb") as out, open(job["err"], "wb") as err:
        pid = os.fork()
        if pid == 0:
            os.chdir(job["cwd"])
            os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            os.execve(job["args"][0], job["args"], job["env"])
        deadline = t0 + job["seconds"]
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            if time.time() > deadline:
                os.kill(pid, signal.SIGKILL)
            time.sleep(0.01)
    print(json.dumps({"code": os.waitstatus_to_exitcode(status), "rss": usage.ru_maxrss * 1024,
                      "seconds": time.time() - t0}), flush=True)
"""


class Spawner:
    def __init__(self):
        self.proc = subprocess.Popen([sys.executable, "-c", SPAWNER], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)

    def run(self, args, cwd, env, seconds, out, err):
        job = dict(args=args, cwd=cwd, env=env, seconds=seconds, out=out, err=err)
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())


SPAWN = None


def run_case(zicha, case, work):
    global SERVER
    if case.cmd[0] == "serve-get":
        archive = os.path.join(os.path.dirname(work), "serve", "archive")
        if SERVER is None:
            os.makedirs(archive)
            case.build(archive)
            SERVER = Server(zicha, archive, os.path.join(os.path.dirname(archive), "state"))
            SERVER.before = tree(archive)
        before = SERVER.before
        t0 = time.time()
        err, body, rss = serve_get(case.cmd[1])
        seconds = time.time() - t0
        if not err and case.forbid and case.forbid.encode() in body:
            err = "leaked what lies outside the archive"
        return finish(case, err, seconds, rss, before, archive)
    archive = os.path.join(work, "archive")
    os.makedirs(archive)
    case.build(archive)
    before = tree(archive)
    args = [a.replace("{A}", archive).replace("{W}", work) for a in case.cmd]
    if args[0] in ("audit", "index") and len(args) == 1:
        args.append(archive)
    if args[0] == "audit" and "--format" not in args:
        args += ["--format", "json", "--no-history"]
    env = dict(os.environ, ZICHA_LANG="zh", RUST_BACKTRACE="0", **case.env)
    out_path, err_path = os.path.join(work, "stdout"), os.path.join(work, "stderr")
    got = SPAWN.run([zicha] + args, work, env, case.seconds, out_path, err_path)
    with open(out_path, "rb") as f:
        stdout = f.read(64 << 20).decode("utf-8", "replace")
    with open(err_path, "rb") as f:
        stderr = f.read(8 << 20).decode("utf-8", "replace")
    seconds, rss = got["seconds"], got["rss"]
    err = None
    code = got["code"]
    if seconds >= case.seconds:
        err = f"still running after {case.seconds} s"
    elif code < 0:
        err = f"killed by signal {-code}"
    elif any(m in stderr for m in PANIC_MARKS):
        err = "panicked: " + stderr.strip().splitlines()[-1][:200]
    elif code not in case.exits:
        err = f"exit {code}, expected {case.exits}: {stderr.strip()[:200]}"
    elif case.forbid and (case.forbid in stdout or case.forbid in stderr):
        err = "leaked what lies outside the archive"
    elif case.check:
        err = case.check(stdout, stderr, work)
    if not err and case.codes and args[0] == "audit":
        err = check_codes(stdout, case.codes)
    return finish(case, err, seconds, rss, before, archive)


def finish(case, err, seconds, rss, before, archive):
    if not err and rss > RSS_BOUND:
        err = f"peak memory {rss / GIB:.2f} GiB"
    if not err and tree(archive) != before:
        changed = set(before.items()) ^ set(tree(archive).items())
        err = f"the archive changed: {sorted(changed)[:3]}"
    return err, seconds, rss


def check_codes(stdout, expected):
    try:
        report = json.loads(stdout)
    except ValueError:
        return "audit wrote no JSON"
    docs = {d["path"]: d for d in report.get("documents", [])}
    for path, codes in expected.items():
        doc = docs.get(path)
        if doc is None:
            return f"{path} not listed"
        given = {d.get("code") for d in doc.get("diagnostics", [])}
        if codes and not (given & codes):
            return f"{path}: diagnostics {sorted(given)}, expected one of {sorted(codes)}"
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("zicha")
    ap.add_argument("--only", help="run the cases whose name contains this")
    ap.add_argument("--keep", help="build the cases in this folder and keep them")
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    zicha = os.path.abspath(a.zicha)
    if not os.access(zicha, os.X_OK):
        print(f"not an executable: {zicha}", file=sys.stderr)
        return 2
    global SPAWN
    SPAWN = Spawner()
    base = a.keep or tempfile.mkdtemp(prefix="zicha-hostile-")
    os.makedirs(base, exist_ok=True)
    cases = office_cases() + pdf_cases() + text_cases() + yaml_cases() + fs_cases() + command_cases()
    cases += dossier_cases(zicha, os.path.join(base, "_dossier"))
    cases += serve_cases(zicha, base)
    if a.only:
        cases = [c for c in cases if a.only in c.name]
    if a.list:
        for c in cases:
            print(c.name)
        return 0
    failed, worst_rss, worst_s = [], 0, 0.0
    t0 = time.time()
    for i, case in enumerate(cases):
        work = os.path.join(base, f"case{i:04d}")
        err, seconds, rss = run_case(zicha, case, work)
        worst_rss, worst_s = max(worst_rss, rss), max(worst_s, seconds)
        mark = "FAIL" if err else "ok  "
        print(f"{mark} {seconds:6.2f}s {rss / (1 << 20):7.0f} MiB  {case.name!r}" + (f": {err}" if err else ""),
              flush=True)
        if err:
            failed.append((case.name, err))
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    if SERVER is not None:
        SERVER.stop()
    print(f"\n{len(cases) - len(failed)} of {len(cases)} hostile inputs handled; worst peak memory "
          f"{worst_rss / (1 << 20):.0f} MiB (bound {RSS_BOUND >> 20} MiB), slowest {worst_s:.1f} s, "
          f"all in {time.time() - t0:.0f} s")
    for name, err in failed:
        print(f"  FAILED {name!r}: {err}")
    if not a.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
