#!/usr/bin/env python3
"""Packages the release build (dist/) as a SCORM 1.2 zip: imsmanifest.xml at the root, one SCO
whose resource lists every file with a relative href, and a <meta> CSP in index.html (inside an
LMS the LMS owns the headers).

Usage: scripts/scorm_package.py DIST OUT.zip [UNPACK_DIR]
With UNPACK_DIR the package is also unpacked there (the LMS demo in examples/ launches it).
"""
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'")
TITLE = "Leadership Radar: am I leading or managing?"
# The host snippet belongs on portal pages, not in a package an LMS launches; the service worker
# has no place in one either (the LMS serves and frames it).
LEFT_OUT = {"embed.js", "sw.js"}


def manifest(files):
    listed = "\n".join(f"      <file href={quoteattr(name)}/>" for name in files)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="org.leadership-radar.scorm12" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="leadership-radar-org">
    <organization identifier="leadership-radar-org">
      <title>{escape(TITLE)}</title>
      <item identifier="leadership-radar-item" identifierref="leadership-radar-sco" isvisible="true">
        <title>{escape(TITLE)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="leadership-radar-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
{listed}
    </resource>
  </resources>
</manifest>
"""


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    dist, out = Path(sys.argv[1]), Path(sys.argv[2])
    if not (dist / "index.html").is_file():
        sys.exit(f"{dist}/index.html is missing: build first (make build)")
    files = sorted(p.relative_to(dist).as_posix() for p in dist.rglob("*")
                   if p.is_file() and p.name not in LEFT_OUT and p.suffix not in (".gz", ".br"))
    index = (dist / "index.html").read_text(encoding="utf-8")
    # The release index.html is minified (`<meta charset=utf-8>`); a debug one is not.
    marker = next((m for m in ("<meta charset=utf-8>", '<meta charset="utf-8">') if m in index), None)
    if marker is None:
        sys.exit("index.html has no <meta charset>: cannot place the CSP")
    index = index.replace(marker, f'{marker}<meta http-equiv="Content-Security-Policy" content="{CSP}">', 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("imsmanifest.xml", manifest(files))
        for name in files:
            if name == "index.html":
                archive.writestr(name, index)
            else:
                archive.write(dist / name, name)
    print(f"{out}: {len(files) + 1} files, {out.stat().st_size} bytes")
    if len(sys.argv) == 4:
        target = Path(sys.argv[3])
        shutil.rmtree(target, ignore_errors=True)
        with zipfile.ZipFile(out) as archive:
            archive.extractall(target)


if __name__ == "__main__":
    main()
