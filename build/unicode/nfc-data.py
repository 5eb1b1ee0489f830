#!/usr/bin/env python3
"""Writes src/Emulator/Unicode/nfc-data.txt (an embedded resource of the Emulator) from the Unicode Character Database.

The gateway runs with InvariantGlobalization, where string.Normalize does nothing, so the emulator carries
the few tables NFC needs, as data (not generated code). Run again when the UCD moves on (Debian's unicode-data package has the files):
    python3 build/unicode/nfc-data.py /usr/share/unicode > src/Emulator/Unicode/nfc-data.txt
"""
import os
import re
import sys

ucd = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"


def ranges(path, prop):
    found = set()
    for line in open(os.path.join(ucd, path), encoding="utf-8"):
        line = line.split("#")[0].strip()
        if not line:
            continue
        fields = [f.strip() for f in line.split(";")]
        if fields[1] != prop:
            continue
        first, _, last = fields[0].partition("..")
        found.update(range(int(first, 16), int(last or first, 16) + 1))
    return found


version = "unknown"
for line in open(os.path.join(ucd, "DerivedNormalizationProps.txt"), encoding="utf-8"):
    match = re.match(r"# DerivedNormalizationProps-(\S+)\.txt", line)
    if match:
        version = match.group(1)
        break

excluded = ranges("DerivedNormalizationProps.txt", "Full_Composition_Exclusion")
decompositions = []
classes = {}
for line in open(os.path.join(ucd, "UnicodeData.txt"), encoding="utf-8"):
    fields = line.split(";")
    code = int(fields[0], 16)
    if fields[3] != "0":
        classes[code] = int(fields[3])
    if fields[5] and not fields[5].startswith("<"):
        parts = [int(p, 16) for p in fields[5].split()]
        decompositions.append((code, parts, code not in excluded and len(parts) == 2))

# Combining classes as runs of consecutive code points with one class: "start-end:class".
runs = []
for code in sorted(classes):
    if runs and runs[-1][1] == code - 1 and runs[-1][2] == classes[code]:
        runs[-1][1] = code
    else:
        runs.append([code, code, classes[code]])


def chunks(tokens, width=110):
    line = ""
    for token in tokens:
        if len(line) + len(token) > width:
            yield line
            line = ""
        line += token
    if line:
        yield line


def literal(tokens):
    return "\n".join(f'        "{line}" +' for line in chunks(tokens)).rstrip(" +") + ";"


# A decomposition: "code=first[,second]" in hex, "!" before the code when it never composes back.
decomposition_tokens = [
    ("" if composes else "!") + f"{code:X}=" + ",".join(f"{p:X}" for p in parts) + ";"
    for code, parts, composes in decompositions
]
class_tokens = [f"{start:X}-{end:X}:{value};" for start, end, value in runs]

def wrapped(tokens):
    return "\n".join(chunks(tokens, 120))


print(f"""# The canonical decompositions and combining classes NFC needs, from the Unicode Character Database {version}.
# Written by build/unicode/nfc-data.py; read by Nfc.cs. Lines starting with # are comments.
[decompositions] code=first[,second]; in hex; ! marks a decomposition that never composes back
{wrapped(decomposition_tokens)}
[combining-classes] first-last:class; the canonical combining class of every code point whose class is not 0
{wrapped(class_tokens)}""")
