"""Nothing may download at run time. tldextract, which Presidio's predefined e-mail and URL
recognisers call, fetches the Public Suffix List on first use; here its module-wide extractor is
replaced by one that only reads the snapshot bundled with the package, and new extractors read an
empty URL list from the environment. Our own registry does not load those recognisers; this keeps
anyone who adds them (or calls tldextract) offline too."""
from __future__ import annotations

import os

import tldextract
import tldextract.tldextract as _tldextract_module


def make_tldextract_offline() -> None:
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    _tldextract_module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                                             fallback_to_snapshot=True)
