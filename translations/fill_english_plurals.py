#!/usr/bin/env python3
"""Fills the English plural forms in translations/otxdesk_en.ts after lupdate.

English source strings write counts as "%n pulse(s)"; the English "translation" gives the
singular and plural forms ("%n pulse", "%n pulses"). Other messages stay untranslated, so the
source text is shown. Run after `cmake --build <dir> --target update_translations`.
"""
import html
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("otxdesk_en.ts"))
text = path.read_text(encoding="utf-8")

def fill(match):
    source = html.unescape(match.group("source"))
    singular = source.replace("(s)", "").replace("(es)", "")
    plural = source.replace("(s)", "s").replace("(es)", "es")
    forms = "".join(
        f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>"
        for f in (singular, plural)
    )
    return (f'{match.group("head")}<source>{match.group("source")}</source>'
            f"\n        <translation>{forms}\n        </translation>")

pattern = re.compile(
    r'(?P<head><message numerus="yes">(?:(?!</message>).)*?)<source>(?P<source>.*?)</source>'
    r'\s*<translation[^>]*>(?:(?!</message>).)*?</translation>',
    re.S)
path.write_text(pattern.sub(fill, text), encoding="utf-8")
