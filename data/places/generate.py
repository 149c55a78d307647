#!/usr/bin/env python3
"""Generate data/places/*.toml from CLDR territory names.

Reads the JSON of the npm package `cldr-localenames-full`
(main/{locale}/territories.json) and writes

  ids.toml     CODE = "slug" for every region kept (the English name as a slug)
  {lang}.toml  CODE = ["Main name", "alt name", ...] for each language

Standard library only. Usage (see README.md):

  npm install --prefix /tmp/cldr cldr-localenames-full
  python3 data/places/generate.py /tmp/cldr/node_modules/cldr-localenames-full
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent

# Macro-regions (UN M49) kept besides the two-letter territories.
MACRO_REGIONS = [
    "002", "019", "142", "150", "009", "419", "005", "021", "013", "029",
    "145", "030", "035", "034", "143", "015", "202", "155", "151", "154", "039",
]

# Two-letter codes CLDR names that are not places a news reader follows:
# unknown region, private-use pseudo-locales and "outlying Oceania",
# and the eurozone and United Nations (organisations, not territories).
# EU is kept: readers follow it as a place ("l'UE", "EU-Kommission").
DROPPED = {"ZZ", "XA", "XB", "QO", "EZ", "UN"}

# CLDR's main English name for the two Chinese SARs carries a qualifier
# ("Hong Kong SAR China") that nobody writes in a URL; the slug uses the
# name people write (CLDR's own -alt-short form).
SLUG_OVERRIDES = {"HK": "hong-kong", "MO": "macao"}

# whatlang's language codes (ISO 639-1) -> CLDR locale folders. The first
# folder gives the main name; the others add their spellings as alternatives
# (regional spellings, the other script of the language).
LANGS = {
    "eo": ["eo"], "en": ["en", "en-GB"], "ru": ["ru"], "zh": ["zh", "zh-Hant", "zh-Hant-HK"],
    "es": ["es", "es-419", "es-MX"], "pt": ["pt", "pt-PT"], "it": ["it"], "bn": ["bn"],
    "fr": ["fr", "fr-CA"], "de": ["de", "de-AT", "de-CH"], "uk": ["uk"], "ka": ["ka"],
    "ar": ["ar"], "hi": ["hi"], "ja": ["ja"], "he": ["he"], "yi": ["yi"], "pl": ["pl"],
    "am": ["am"], "jv": ["jv"], "ko": ["ko"], "nb": ["nb"], "da": ["da"], "sv": ["sv"],
    "fi": ["fi"], "tr": ["tr"], "nl": ["nl"], "hu": ["hu"], "cs": ["cs"], "el": ["el"],
    "bg": ["bg"], "be": ["be"], "mr": ["mr"], "kn": ["kn"], "ro": ["ro"], "sl": ["sl"],
    "hr": ["hr"], "sr": ["sr", "sr-Latn"], "mk": ["mk"], "lt": ["lt"], "lv": ["lv"],
    "et": ["et"], "ta": ["ta"], "vi": ["vi"], "ur": ["ur"], "th": ["th"], "gu": ["gu"],
    "uz": ["uz"], "pa": ["pa"], "az": ["az"], "id": ["id"], "te": ["te"], "fa": ["fa"],
    "ml": ["ml"], "or": ["or"], "my": ["my"], "ne": ["ne"], "si": ["si"], "km": ["km"],
    "tk": ["tk"], "ak": ["ak"], "zu": ["zu"], "sn": ["sn"], "af": ["af"], "la": ["la"],
    "sk": ["sk"], "ca": ["ca"], "tl": ["fil"], "hy": ["hy"], "cy": ["cy"],
}

ALT_SUFFIXES = ("-alt-short", "-alt-variant")


def territories(pkg: Path, locale: str):
    path = pkg / "main" / locale / "territories.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["main"][locale]["localeDisplayNames"]["territories"]


def kept_codes(english):
    codes = [c for c in english if re.fullmatch(r"[A-Z]{2}", c) and c not in DROPPED]
    codes += [c for c in MACRO_REGIONS if c in english]
    missing = [c for c in MACRO_REGIONS if c not in english]
    if missing:
        sys.exit(f"CLDR lacks English names for macro-regions {missing}")
    return sorted(codes)


def slug(code, name):
    if code in SLUG_OVERRIDES:
        return SLUG_OVERRIDES[code]
    name = re.sub(r"\([^)]*\)", " ", name)  # "Myanmar (Burma)"
    name = name.replace("&", " and ")
    name = name.replace(".", "")  # "U.S.", "St."
    name = re.sub(r"['\u2019]", " ", name)  # "Côte d’Ivoire"
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_name.lower())
    return "-".join(words)


def toml_key(code):
    return code if code.isalpha() else f'"{code}"'


INVISIBLE = set("\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


def toml_str(s):
    out = ['"']
    for ch in s:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in INVISIBLE:
            # control characters, zero-width spaces (Khmer, Burmese) and
            # bidi marks written visibly; ZWNJ/ZWJ are spelling and stay
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def names_for(code, tables):
    names = []
    for table in tables:
        for key in (code,) + tuple(code + s for s in ALT_SUFFIXES):
            name = table.get(key)
            if name and name not in names:
                names.append(name)
    return names


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    pkg = Path(sys.argv[1])
    meta = json.loads((pkg / "package.json").read_text(encoding="utf-8"))
    version = meta["version"]
    source = f"npm package cldr-localenames-full {version} (CLDR {meta.get('cldrVersion', '?')})"

    english = territories(pkg, "en")
    codes = kept_codes(english)
    slugs = {c: slug(c, english[c]) for c in codes}
    dupes = {s for s in slugs.values() if list(slugs.values()).count(s) > 1}
    if dupes:
        sys.exit(f"slug collision: {sorted(dupes)}")

    header = (
        f"# GENERATED by data/places/generate.py from the {source}.\n"
        "# Do not edit: change generate.py and regenerate (see README.md).\n"
    )
    lines = [header, "# Place ids: region code = English CLDR name as a slug.\n"]
    lines += [f"{toml_key(c)} = {toml_str(slugs[c])}\n" for c in codes]
    (OUT_DIR / "ids.toml").write_text("".join(lines), encoding="utf-8")

    skipped = []
    for lang, locales in LANGS.items():
        tables = [territories(pkg, loc) for loc in locales]
        if tables[0] is None:
            skipped.append(lang)
            continue
        tables = [t for t in tables if t is not None]
        body = [header, f"# Territory names in '{lang}' (CLDR locales {', '.join(locales)}): main name first.\n"]
        for c in codes:
            names = names_for(c, tables)
            if names:
                body.append(f"{toml_key(c)} = [{', '.join(toml_str(n) for n in names)}]\n")
        (OUT_DIR / f"{lang}.toml").write_text("".join(body), encoding="utf-8")
    print(f"{len(codes)} regions, {len(LANGS) - len(skipped)} languages from {source}")
    if skipped:
        print("skipped (no CLDR territory names): " + " ".join(skipped))


if __name__ == "__main__":
    main()
